package org.canlian.rules.payroll;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.money.Money;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.canlian.rules.subsidy.Eligibility;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyMonth;

/**
 * One person's payroll, kept when the caller asks for per-person results: per programme and month, eligible (and the
 * amount paid, after "higher of"), not eligible or cannot decide; and, when explanations were asked for, each month's
 * decisions with their explanations ({@link SubsidyMonth}).
 *
 * <pre>{@code
 * PersonPayroll p = payroll.people().get(0);
 * p.line();                                             // 1
 * p.paid(Programme.CARE, YearMonth.of(2025, 3));        // 100.00
 * p.status(Programme.LIVING, YearMonth.of(2025, 3));    // NOT_ELIGIBLE
 * p.explained(YearMonth.of(2025, 3)).orElseThrow().explanation().toText(Locale.CHINESE);
 * }</pre>
 *
 * <p>Amounts are in the programme's unit, as {@link Payroll} counts them. This class is immutable and thread-safe.
 */
public final class PersonPayroll {
    private static final int PROGRAMMES = Programme.values().length;

    private final int line;
    private final Claimant claimant;
    private final YearMonth from;
    /** Per month and programme: fen paid, {@link CompiledSubsidies#NOT_ELIGIBLE} or {@code CANNOT_DECIDE}. */
    private final long[] fen;

    private final List<SubsidyMonth> explained;

    PersonPayroll(int line, Claimant claimant, YearMonth from, long[] fen, List<SubsidyMonth> explained) {
        this.line = line;
        this.claimant = claimant;
        this.from = from;
        this.fen = fen;
        this.explained = List.copyOf(explained);
    }

    /** {@return the roster line of the person} */
    public int line() {
        return line;
    }

    /** {@return the person's facts (whose {@code toString} masks the resident ID)} */
    public Claimant claimant() {
        return claimant;
    }

    /** {@return the benefit months, in order} */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (int m = 0; m < monthCount(); m++) {
            months.add(from.plusMonths(m));
        }
        return List.copyOf(months);
    }

    private int monthCount() {
        return fen.length / PROGRAMMES;
    }

    private long cell(Programme programme, YearMonth month) {
        Objects.requireNonNull(programme, "programme");
        long m = (month.getYear() - (long) from.getYear()) * 12 + month.getMonthValue() - from.getMonthValue();
        if (m < 0 || m >= monthCount()) {
            throw new IllegalArgumentException("month " + month + " is outside the payroll's months");
        }
        return fen[(int) m * PROGRAMMES + programme.ordinal()];
    }

    /**
     * {@return whether the person is eligible, not eligible or cannot be decided, after "higher of"}
     *
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     */
    public Eligibility status(Programme programme, YearMonth month) {
        long v = cell(programme, month);
        return v >= 0
                ? Eligibility.ELIGIBLE
                : v == CompiledSubsidies.NOT_ELIGIBLE ? Eligibility.NOT_ELIGIBLE : Eligibility.CANNOT_DECIDE;
    }

    /**
     * {@return what the programme pays the person in the month, in its unit: zero unless eligible}
     *
     * @param programme the subsidy programme
     * @param month a benefit month of the scope
     */
    public Money paid(Programme programme, YearMonth month) {
        return Money.ofFen(Math.max(0, cell(programme, month)));
    }

    /**
     * {@return what the programme pays the person over the months, each month's amount in its unit, added}
     *
     * @param programme the subsidy programme
     */
    public Money total(Programme programme) {
        long sum = 0;
        for (int m = 0; m < monthCount(); m++) {
            sum = Math.addExact(sum, Math.max(0, fen[m * PROGRAMMES + programme.ordinal()]));
        }
        return Money.ofFen(sum);
    }

    /**
     * {@return a month's decisions with their explanations, if explanations were asked for}
     *
     * @param month a benefit month of the scope
     */
    public Optional<SubsidyMonth> explained(YearMonth month) {
        return explained.stream().filter(s -> s.month().equals(month)).findFirst();
    }

    /** {@return every month's decisions with their explanations, in order; empty unless explanations were asked for} */
    public List<SubsidyMonth> explanations() {
        return explained;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonPayroll p
                && line == p.line
                && claimant.equals(p.claimant)
                && from.equals(p.from)
                && Arrays.equals(fen, p.fen)
                && explained.equals(p.explained);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, Arrays.hashCode(fen));
    }

    /** The line and what each programme pays over the months; no personal number. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("PersonPayroll[line ").append(line);
        for (Programme p : Programme.values()) {
            Money total = total(p);
            if (!total.isZero()) {
                s.append(", ").append(p.code()).append('=').append(total.toPlainString());
            }
        }
        return s.append(']').toString();
    }
}
