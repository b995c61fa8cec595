package org.canlian.rules.payroll;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.canlian.core.batch.RowError;
import org.canlian.rules.subsidy.Claimant;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyCalculator;
import org.canlian.rules.subsidy.SubsidyMonth;

/** A payroll's tally: each row decided for every month with the month's compiled rules, the paid amounts counted. */
final class PayrollTally extends RosterTally<PersonPayroll> {
    static final int PEOPLE = 0;
    static final int FEN = 1;
    static final int MEASURES = 2;

    private static final int PROGRAMMES = Programme.values().length;
    private static final Programme[] ALL = Programme.values();

    private final SubsidyCalculator calculator;
    private final CompiledSubsidies[] compiled;
    private final List<YearMonth> months;
    private final long[] out = new long[PROGRAMMES];
    /** The row's answers: per month and programme, fen or NOT_ELIGIBLE or CANNOT_DECIDE. */
    private final long[] row;

    private final long[] periodFen = new long[PROGRAMMES];
    private final List<SubsidyMonth> explained = new ArrayList<>();

    PayrollTally(
            PayrollScope scope,
            RunOptions options,
            ProgressMeter meter,
            SubsidyCalculator calculator,
            CompiledSubsidies[] compiled,
            List<YearMonth> months) {
        super(scope, options, meter, MEASURES, PROGRAMMES);
        this.calculator = calculator;
        this.compiled = compiled;
        this.months = months;
        this.row = new long[compiled.length * PROGRAMMES];
    }

    @Override
    void decide(Claimant claimant) {
        for (int m = 0; m < compiled.length; m++) {
            compiled[m].decideAll(claimant, out);
            System.arraycopy(out, 0, row, m * PROGRAMMES, PROGRAMMES);
        }
        YearlyAmounts.paidOnceAYear(row, months);
        explained.clear();
        if (options.explanations()) {
            for (YearMonth month : months) {
                explained.add(calculator.decideAll(claimant, month));
            }
        }
    }

    @Override
    void undecided(int line, Claimant claimant, List<RowError> into) {
        for (int p = 0; p < PROGRAMMES; p++) {
            List<YearMonth> when = null;
            List<CompiledSubsidies> by = null;
            for (int m = 0; m < compiled.length; m++) {
                if (row[m * PROGRAMMES + p] == CompiledSubsidies.CANNOT_DECIDE) {
                    if (when == null) {
                        when = new ArrayList<>();
                        by = new ArrayList<>();
                    }
                    when.add(months.get(m));
                    by.add(compiled[m]);
                }
            }
            if (when != null) {
                RowProblems.undecided(line, claimant, ALL[p], when, by, "", into);
            }
        }
    }

    @Override
    void commit(int line, Claimant claimant, long[] cells, List<PersonPayroll> people) {
        java.util.Arrays.fill(periodFen, -1);
        for (int m = 0; m < compiled.length; m++) {
            int base = m * PROGRAMMES;
            for (int p = 0; p < PROGRAMMES; p++) {
                long fen = row[base + p];
                if (fen >= 0) {
                    int i = ledger.index(m, p, PEOPLE);
                    cells[i]++;
                    cells[i + FEN] = Math.addExact(cells[i + FEN], fen);
                    periodFen[p] = periodFen[p] < 0 ? fen : Math.addExact(periodFen[p], fen);
                }
            }
        }
        for (int p = 0; p < PROGRAMMES; p++) {
            if (periodFen[p] >= 0) {
                int i = ledger.periodIndex(p, PEOPLE);
                cells[i]++;
                cells[i + FEN] = Math.addExact(cells[i + FEN], periodFen[p]);
            }
        }
        if (options.people()) {
            people.add(new PersonPayroll(line, claimant, scope.from(), row.clone(), explained));
        }
    }
}
