package org.canlian.examples.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collector;
import org.canlian.core.batch.RowError;
import org.canlian.rules.payroll.Payroll;
import org.canlian.rules.payroll.PayrollRow;
import org.canlian.rules.payroll.ReformImpact;
import org.canlian.rules.roster.RosterRow;
import org.canlian.rules.roster.RosterVisitor;

/**
 * Receives the rows of one read (a partition, or the whole file on one machine) and pays them as they come: each
 * valid row goes to the payroll's collector (and the reform's), each invalid row becomes a {@link Reject}. The same
 * code decides a Spark partition and the single-machine run it is compared with.
 *
 * <pre>{@code
 * Decider d = new Decider(plan);
 * plan.reader().read(path, OnInvalidRow.REPORT_AND_CONTINUE, d);
 * PartResult all = d.result(rowsRead);
 * }</pre>
 *
 * <p>Not thread-safe: one read feeds it, in order.
 */
final class Decider implements RosterVisitor {
    private final Part<Payroll> payroll;
    private final Part<ReformImpact> reform;
    private final List<Reject> rejects = new ArrayList<>();

    Decider(Plan plan) {
        this.payroll = new Part<>(plan.payroll().collector());
        this.reform = plan.reform() == null ? null : new Part<>(plan.reform().collector());
    }

    @Override
    public void row(int line, RosterRow row) {
        PayrollRow paid = new PayrollRow(line, row.toClaimant());
        payroll.add(paid);
        if (reform != null) {
            reform.add(paid);
        }
    }

    @Override
    public void invalid(RowError error) {
        rejects.add(Reject.of(error));
    }

    PartResult result(long rowsRead) {
        return new PartResult(payroll.finish(), reform == null ? null : reform.finish(), rejects, rowsRead);
    }

    /** A collector used by hand: one container, filled row by row, finished once. */
    private static final class Part<R> {
        private final Collector<PayrollRow, Object, R> collector;
        private final Object container;
        private final BiConsumer<Object, PayrollRow> add;

        @SuppressWarnings("unchecked")
        Part(Collector<PayrollRow, ?, R> collector) {
            this.collector = (Collector<PayrollRow, Object, R>) collector;
            this.container = this.collector.supplier().get();
            this.add = this.collector.accumulator();
        }

        void add(PayrollRow row) {
            add.accept(container, row);
        }

        R finish() {
            return collector.finisher().apply(container);
        }
    }
}
