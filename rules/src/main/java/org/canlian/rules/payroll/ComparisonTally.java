package org.canlian.rules.payroll;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.canlian.core.batch.RowError;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyCalculator;
import org.canlian.rules.subsidy.SubsidyMonth;

/**
 * The tally of one roster decided twice, "before" and "after" (paid and owed, for a back pay; the current policy and
 * the reform, for a reform), month by month: per programme, month and unit, what each side pays and how they differ
 * (gains, losses, newly eligible, no longer eligible). A programme and month undecidable on either side is reported
 * and left out of both sides, so that the differences are those of the decided cells.
 */
final class ComparisonTally extends RosterTally<ComparedPerson> {
    static final int BEFORE_PEOPLE = 0;
    static final int BEFORE_FEN = 1;
    static final int AFTER_PEOPLE = 2;
    static final int AFTER_FEN = 3;
    /** Eligible on both sides, more after: people, and the increase. */
    static final int GAIN_PEOPLE = 4;

    static final int GAIN_FEN = 5;
    /** Eligible on both sides, less after: people, and the decrease. */
    static final int LOSS_PEOPLE = 6;

    static final int LOSS_FEN = 7;
    /** Eligible after only: people, and what they get. */
    static final int NEW_PEOPLE = 8;

    static final int NEW_FEN = 9;
    /** Eligible before only: people, and what they got. */
    static final int ENDED_PEOPLE = 10;

    static final int ENDED_FEN = 11;
    /** Gains or newly eligible: people, and the increase (arrears, for a back pay). */
    static final int UP_PEOPLE = 12;

    static final int UP_FEN = 13;
    /** Losses or no longer eligible: people, and the decrease (overpaid, for a back pay). */
    static final int DOWN_PEOPLE = 14;

    static final int DOWN_FEN = 15;
    static final int MEASURES = 16;

    private static final int PROGRAMMES = Programme.values().length;
    private static final Programme[] ALL = Programme.values();

    private final CompiledSubsidies[] before;
    private final CompiledSubsidies[] after;
    private final List<SubsidyCalculator> beforeCalculators;
    private final List<SubsidyCalculator> afterCalculators;
    private final String beforeSide;
    private final String afterSide;
    private final List<YearMonth> months;
    private final long[] out = new long[PROGRAMMES];
    private final long[] beforeRow;
    private final long[] afterRow;
    /** Per programme: the period's sums of each fen measure, and whether each people measure was seen. */
    private final long[] period = new long[MEASURES];

    private final boolean[] seen = new boolean[MEASURES];

    /** The row's months that differ, decided with explanations, when asked for. */
    private List<SubsidyMonth> beforeExplained = List.of();

    private List<SubsidyMonth> afterExplained = List.of();

    ComparisonTally(
            PayrollScope scope,
            RunOptions options,
            ProgressMeter meter,
            CompiledSubsidies[] before,
            CompiledSubsidies[] after,
            List<SubsidyCalculator> beforeCalculators,
            List<SubsidyCalculator> afterCalculators,
            String beforeSide,
            String afterSide) {
        super(scope, options, meter, MEASURES, PROGRAMMES);
        this.before = before;
        this.after = after;
        this.beforeCalculators = beforeCalculators;
        this.afterCalculators = afterCalculators;
        this.beforeSide = beforeSide;
        this.afterSide = afterSide;
        this.months = scope.months();
        this.beforeRow = new long[before.length * PROGRAMMES];
        this.afterRow = new long[after.length * PROGRAMMES];
    }

    @Override
    void decide(Claimant claimant) {
        for (int m = 0; m < before.length; m++) {
            before[m].decideAll(claimant, out);
            System.arraycopy(out, 0, beforeRow, m * PROGRAMMES, PROGRAMMES);
            after[m].decideAll(claimant, out);
            System.arraycopy(out, 0, afterRow, m * PROGRAMMES, PROGRAMMES);
        }
        YearlyAmounts.paidOnceAYear(beforeRow, months);
        YearlyAmounts.paidOnceAYear(afterRow, months);
        if (options.explanations()) {
            // Here, not when committing: an interpreted decision that fails rejects the row like any other.
            beforeExplained = explain(claimant, beforeCalculators);
            afterExplained = explain(claimant, afterCalculators);
        }
    }

    @Override
    void undecided(int line, Claimant claimant, List<RowError> into) {
        for (int p = 0; p < PROGRAMMES; p++) {
            side(line, claimant, p, beforeRow, before, beforeSide, into);
            side(line, claimant, p, afterRow, after, afterSide, into);
        }
    }

    private void side(
            int line,
            Claimant claimant,
            int p,
            long[] row,
            CompiledSubsidies[] rules,
            String label,
            List<RowError> into) {
        List<YearMonth> when = null;
        List<CompiledSubsidies> by = null;
        for (int m = 0; m < months.size(); m++) {
            if (row[m * PROGRAMMES + p] == CompiledSubsidies.CANNOT_DECIDE) {
                if (when == null) {
                    when = new ArrayList<>();
                    by = new ArrayList<>();
                }
                when.add(months.get(m));
                by.add(rules[m]);
            }
        }
        if (when != null) {
            RowProblems.undecided(line, claimant, ALL[p], when, by, label, into);
        }
    }

    @Override
    void commit(int line, Claimant claimant, long[] cells, List<ComparedPerson> people) {
        boolean changed = false;
        for (int p = 0; p < PROGRAMMES; p++) {
            Arrays.fill(period, 0);
            Arrays.fill(seen, false);
            for (int m = 0; m < months.size(); m++) {
                int k = m * PROGRAMMES + p;
                long b = beforeRow[k];
                long a = afterRow[k];
                changed |= a != b;
                if (b == CompiledSubsidies.CANNOT_DECIDE || a == CompiledSubsidies.CANNOT_DECIDE) {
                    continue;
                }
                int base = ledger.index(m, p, 0);
                if (b >= 0) {
                    add(cells, base, BEFORE_PEOPLE, b);
                }
                if (a >= 0) {
                    add(cells, base, AFTER_PEOPLE, a);
                }
                if (b >= 0 && a > b) {
                    add(cells, base, GAIN_PEOPLE, a - b);
                    add(cells, base, UP_PEOPLE, a - b);
                } else if (a >= 0 && b > a) {
                    add(cells, base, LOSS_PEOPLE, b - a);
                    add(cells, base, DOWN_PEOPLE, b - a);
                } else if (b < 0 && a >= 0) {
                    add(cells, base, NEW_PEOPLE, a);
                    add(cells, base, UP_PEOPLE, a);
                } else if (a < 0 && b >= 0) {
                    add(cells, base, ENDED_PEOPLE, b);
                    add(cells, base, DOWN_PEOPLE, b);
                }
            }
            int base = ledger.index(months.size(), p, 0);
            for (int measure = 0; measure < MEASURES; measure += 2) {
                if (seen[measure]) {
                    cells[base + measure]++;
                    cells[base + measure + 1] = Math.addExact(cells[base + measure + 1], period[measure + 1]);
                }
            }
        }
        if (options.people() && changed) {
            people.add(new ComparedPerson(
                    line,
                    claimant,
                    scope.from(),
                    beforeRow.clone(),
                    afterRow.clone(),
                    options.explanations() ? beforeExplained : List.of(),
                    options.explanations() ? afterExplained : List.of()));
        }
    }

    /** Adds one person and {@code fen} to a month's cell and to the period's sums. */
    private void add(long[] cells, int base, int peopleMeasure, long fen) {
        cells[base + peopleMeasure]++;
        cells[base + peopleMeasure + 1] = Math.addExact(cells[base + peopleMeasure + 1], fen);
        seen[peopleMeasure] = true;
        period[peopleMeasure + 1] = Math.addExact(period[peopleMeasure + 1], fen);
    }

    /** The interpreted decisions of the months where the two sides differ, with their explanations. */
    private List<SubsidyMonth> explain(Claimant claimant, List<SubsidyCalculator> calculators) {
        List<SubsidyMonth> explained = new ArrayList<>();
        for (int m = 0; m < months.size(); m++) {
            int base = m * PROGRAMMES;
            if (!Arrays.equals(beforeRow, base, base + PROGRAMMES, afterRow, base, base + PROGRAMMES)) {
                explained.add(calculators.get(m).decideAll(claimant, months.get(m)));
            }
        }
        return explained;
    }
}
