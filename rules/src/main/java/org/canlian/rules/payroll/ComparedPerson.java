package org.canlian.rules.payroll;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.money.Money;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyMonth;

/**
 * One person decided twice over the months: per programme and month, the fen paid before and after (or not eligible,
 * or cannot decide), and the interpreted decisions of the months that differ, when explanations were asked for.
 */
final class ComparedPerson {
    private static final int PROGRAMMES = Programme.values().length;

    final int line;
    final Claimant claimant;
    final YearMonth from;
    private final long[] before;
    private final long[] after;
    final List<SubsidyMonth> beforeExplained;
    final List<SubsidyMonth> afterExplained;

    ComparedPerson(
            int line,
            Claimant claimant,
            YearMonth from,
            long[] before,
            long[] after,
            List<SubsidyMonth> beforeExplained,
            List<SubsidyMonth> afterExplained) {
        this.line = line;
        this.claimant = claimant;
        this.from = from;
        this.before = before;
        this.after = after;
        this.beforeExplained = List.copyOf(beforeExplained);
        this.afterExplained = List.copyOf(afterExplained);
    }

    int monthCount() {
        return before.length / PROGRAMMES;
    }

    private int index(Programme programme, YearMonth month) {
        long m = (month.getYear() - (long) from.getYear()) * 12 + month.getMonthValue() - from.getMonthValue();
        if (m < 0 || m >= monthCount()) {
            throw new IllegalArgumentException("month " + month + " is outside the months compared");
        }
        return (int) m * PROGRAMMES + programme.ordinal();
    }

    long before(Programme programme, YearMonth month) {
        return before[index(programme, month)];
    }

    long after(Programme programme, YearMonth month) {
        return after[index(programme, month)];
    }

    /** After less before over the decided months, not eligible counting as zero. */
    long differenceFen(Programme programme, boolean increases) {
        long sum = 0;
        for (int m = 0; m < monthCount(); m++) {
            long b = before[m * PROGRAMMES + programme.ordinal()];
            long a = after[m * PROGRAMMES + programme.ordinal()];
            if (b == CompiledSubsidies.CANNOT_DECIDE || a == CompiledSubsidies.CANNOT_DECIDE) {
                continue;
            }
            long up = Math.max(0, a) - Math.max(0, b);
            // Only the months that went the asked way count; the others add nothing.
            sum = Math.addExact(sum, Math.max(0, increases ? up : -up));
        }
        return sum;
    }

    static Money fen(long code) {
        return Money.ofFen(Math.max(0, code));
    }

    static Optional<SubsidyMonth> find(List<SubsidyMonth> months, YearMonth month) {
        return months.stream().filter(s -> s.month().equals(month)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComparedPerson p
                && line == p.line
                && claimant.equals(p.claimant)
                && from.equals(p.from)
                && Arrays.equals(before, p.before)
                && Arrays.equals(after, p.after)
                && beforeExplained.equals(p.beforeExplained)
                && afterExplained.equals(p.afterExplained);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, Arrays.hashCode(after));
    }
}
