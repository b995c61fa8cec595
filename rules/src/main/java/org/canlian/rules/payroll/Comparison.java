package org.canlian.rules.payroll;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Collector;
import org.canlian.rules.subsidy.CompiledSubsidies;
import org.canlian.rules.subsidy.Programme;
import org.canlian.rules.subsidy.SubsidyCalculator;

/**
 * A roster decided twice, month by month, with each side's rules compiled once per month: the machinery of
 * {@link BackPayCalculator} and {@link ReformCalculator}.
 */
final class Comparison {
    final PayrollScope scope;
    final RunOptions options;
    private final String description;
    private final CompiledSubsidies[] before;
    private final CompiledSubsidies[] after;
    private final List<SubsidyCalculator> beforeCalculators;
    private final List<SubsidyCalculator> afterCalculators;
    private final String beforeSide;
    private final String afterSide;

    private Comparison(
            PayrollScope scope,
            RunOptions options,
            String description,
            CompiledSubsidies[] before,
            CompiledSubsidies[] after,
            List<SubsidyCalculator> beforeCalculators,
            List<SubsidyCalculator> afterCalculators,
            String beforeSide,
            String afterSide) {
        this.scope = scope;
        this.options = options;
        this.description = description;
        this.before = before;
        this.after = after;
        this.beforeCalculators = beforeCalculators;
        this.afterCalculators = afterCalculators;
        this.beforeSide = beforeSide;
        this.afterSide = afterSide;
    }

    /**
     * Compiles both sides' rules for every month.
     *
     * @param beforeCalculators the calculator of each month, before
     * @param afterCalculators the calculator of each month, after
     */
    static Comparison of(
            PayrollScope scope,
            RunOptions options,
            String description,
            List<SubsidyCalculator> beforeCalculators,
            List<SubsidyCalculator> afterCalculators,
            String beforeSide,
            String afterSide) {
        return new Comparison(
                scope,
                options,
                description,
                compile(scope, beforeCalculators),
                compile(scope, afterCalculators),
                List.copyOf(beforeCalculators),
                List.copyOf(afterCalculators),
                beforeSide,
                afterSide);
    }

    private static CompiledSubsidies[] compile(PayrollScope scope, List<SubsidyCalculator> calculators) {
        CompiledSubsidies[] compiled = new CompiledSubsidies[calculators.size()];
        for (int m = 0; m < compiled.length; m++) {
            compiled[m] =
                    calculators.get(m).compile(scope.region(), scope.from().plusMonths(m));
        }
        return compiled;
    }

    Comparison with(RunOptions newOptions) {
        return new Comparison(
                scope,
                newOptions,
                description,
                before,
                after,
                beforeCalculators,
                afterCalculators,
                beforeSide,
                afterSide);
    }

    private ComparisonTally tally(ProgressMeter meter) {
        return new ComparisonTally(
                scope, options, meter, before, after, beforeCalculators, afterCalculators, beforeSide, afterSide);
    }

    private <R> Function<ComparisonTally, R> result(Function<RosterPass<ComparedPerson>, R> wrap) {
        return tally -> wrap.apply(tally.freeze(description, BackPay.BY_LINE));
    }

    <R> R runRows(Iterable<PayrollRow> rows, Function<RosterPass<ComparedPerson>, R> wrap) {
        return Runs.sequential(options, this::tally, rows, result(wrap));
    }

    <R> R runParallel(List<PayrollRow> rows, ForkJoinPool pool, Function<RosterPass<ComparedPerson>, R> wrap) {
        return Runs.parallel(options, this::tally, rows, pool, result(wrap));
    }

    <R> Collector<PayrollRow, ?, R> collector(Function<RosterPass<ComparedPerson>, R> wrap) {
        return Runs.collector(options, this::tally, result(wrap));
    }

    <R> R empty(Function<RosterPass<ComparedPerson>, R> wrap) {
        return wrap.apply(RosterPass.empty(
                scope,
                description,
                options.people(),
                options.explanations(),
                Programme.values().length,
                ComparisonTally.MEASURES));
    }
}
