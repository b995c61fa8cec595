package org.canlian.rules.payroll;

import java.time.YearMonth;
import java.util.List;
import org.canlian.rules.policy.Unit;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.canlian.rules.subsidy.Programme;

/**
 * The payroll's rule for yearly programmes (fuel subsidy, school grant, medical-insurance premium): a decision says a
 * person is entitled to the yearly amount in every month they are eligible, but the amount is paid once a calendar
 * year, in the first month of the period in which they are eligible; later months of that year pay nothing for it.
 * Monthly programmes are paid every eligible month, one-off grants in their month (the decision's rule).
 */
final class YearlyAmounts {
    private static final Programme[] ALL = Programme.values();
    private static final int PROGRAMMES = ALL.length;

    private YearlyAmounts() {}

    /**
     * Keeps each yearly programme's amount in its first eligible month of each calendar year.
     *
     * @param row fen per month and programme ({@code row[m * PROGRAMMES + p]}), as decided; changed in place
     * @param months the months of the row, in order
     */
    static void paidOnceAYear(long[] row, List<YearMonth> months) {
        for (Programme p : ALL) {
            if (p.unit() != Unit.CNY_PER_YEAR) {
                continue;
            }
            int paidYear = Integer.MIN_VALUE;
            for (int m = 0; m < months.size(); m++) {
                int i = m * PROGRAMMES + p.ordinal();
                if (row[i] < 0) {
                    continue;
                }
                int year = months.get(m).getYear();
                if (year == paidYear) {
                    row[i] = CompiledSubsidies.NOT_ELIGIBLE;
                } else {
                    paidYear = year;
                }
            }
        }
    }
}
