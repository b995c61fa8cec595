package org.canlian.rules.payroll;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.canlian.core.InvalidValueException;
import org.canlian.core.batch.RowError;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.policy.Bilingual;
import org.canlian.rules.policy.PolicyLookupException;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.canlian.rules.subsidy.Eligibility;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyDecision;

/**
 * The errors of rows a run cannot process or cannot decide, as {@link RowError}s whose messages give a reason and
 * never a personal number: the registration unit, the programme, the months and the facts missing, by name.
 */
final class RowProblems {
    static final String UNKNOWN_REGISTRATION = "registration-unknown";
    static final String OUTSIDE_REGION = "outside-region";
    static final String CALCULATION_FAILED = "calculation-failed";
    static final String CANNOT_DECIDE = "cannot-decide";

    /** Errors in a stable order that depends on their content only: by line, then programme order, then text. */
    static final Comparator<RowError> ORDER = Comparator.comparingInt(RowError::line)
            .thenComparingInt(RowProblems::programmeRank)
            .thenComparing(RowError::field)
            .thenComparing(RowError::rule)
            .thenComparing(RowError::message);

    private RowProblems() {}

    private static int programmeRank(RowError e) {
        return Programme.find(e.field()).map(Programme::ordinal).orElse(-1);
    }

    static RowError unknownRegistration(int line) {
        return new RowError(
                line,
                "registration",
                UNKNOWN_REGISTRATION,
                "the household registration (户籍所在地) is unknown: no unit to pay the person in");
    }

    static RowError outsideRegion(int line, DivisionCode registered, DivisionCode region) {
        return new RowError(
                line,
                "registration",
                OUTSIDE_REGION,
                "registered in " + registered + ", outside the region " + region + " of the payroll");
    }

    /**
     * A calculation that threw: the policy's or the value's own message (which name a parameter, a region, a date or a
     * masked value), or only the exception's type for anything else, whose message could hold anything.
     */
    static RowError calculationFailed(int line, RuntimeException e) {
        String reason = e instanceof PolicyLookupException || e instanceof InvalidValueException
                ? e.getMessage()
                : e.getClass().getSimpleName() + " in the subsidy calculator";
        return new RowError(line, "claimant", CALCULATION_FAILED, "the subsidy calculation failed: " + reason);
    }

    /**
     * The errors of one programme that cannot be decided in some months: one per run of consecutive months, naming
     * the months, with the reason the interpreted decision gives for the run's first month (the facts missing rarely
     * change from month to month, and an interpreted decision per month would cost more than the whole row).
     *
     * @param line the row's line
     * @param claimant the claimant
     * @param programme the programme
     * @param months the months it cannot be decided, in order
     * @param rules the compiled rules that decided each of those months
     * @param side which decision, for a comparison ("as paid", "under the reform"), or empty
     * @param into receives the errors
     */
    static void undecided(
            int line,
            Claimant claimant,
            Programme programme,
            List<YearMonth> months,
            List<CompiledSubsidies> rules,
            String side,
            List<RowError> into) {
        Map<String, List<YearMonth>> byReason = new LinkedHashMap<>();
        for (int i = 0; i < months.size(); ) {
            int j = i;
            while (j + 1 < months.size()
                    && months.get(j + 1).equals(months.get(j).plusMonths(1))) {
                j++;
            }
            byReason.computeIfAbsent(reason(claimant, programme, rules.get(i)), k -> new ArrayList<>())
                    .addAll(months.subList(i, j + 1));
            i = j + 1;
        }
        byReason.forEach((reason, when) -> into.add(new RowError(
                line,
                programme.code(),
                CANNOT_DECIDE,
                programme.english() + " (" + programme.chinese() + ") cannot be decided"
                        + (side.isEmpty() ? "" : " " + side) + " in " + monthRanges(when) + ": " + reason)));
    }

    /**
     * Why a programme cannot be decided in a month, from the explained decision of the month's compiled rules (the
     * interpreted decision's answer, without a policy lookup): the facts missing, by name.
     */
    private static String reason(Claimant claimant, Programme programme, CompiledSubsidies month) {
        SubsidyDecision d;
        try {
            d = month.decide(claimant, programme);
        } catch (RuntimeException e) {
            return "facts are missing";
        }
        if (d.eligibility() == Eligibility.CANNOT_DECIDE) {
            return "missing "
                    + d.missingFacts().stream().map(RowProblems::named).collect(Collectors.joining(", "));
        }
        return claimant.allowances().isEmpty()
                ? "whether other allowances are received is unknown, and a 'higher of' group (择高享受) needs it"
                : "another programme of its 'higher of' group (择高享受) cannot be decided";
    }

    private static String named(Bilingual b) {
        return b.english() + " (" + b.chinese() + ")";
    }

    /** Months as runs: {@code 2025-01 to 2025-03, 2025-06}. */
    static String monthRanges(List<YearMonth> months) {
        StringBuilder s = new StringBuilder();
        int i = 0;
        while (i < months.size()) {
            int j = i;
            while (j + 1 < months.size()
                    && months.get(j + 1).equals(months.get(j).plusMonths(1))) {
                j++;
            }
            s.append(s.length() == 0 ? "" : ", ").append(months.get(i));
            if (j > i) {
                s.append(" to ").append(months.get(j));
            }
            i = j + 1;
        }
        return s.toString();
    }
}
