package org.canlian.examples.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.canlian.rules.payroll.Payroll;
import org.canlian.rules.payroll.ReformImpact;

/**
 * What one partition of the roster gives, shipped back to the driver: its partial payroll, its partial reform impact
 * (when a reform is compared) and the rows its reading rejected. Two results merge as the library's partial results
 * do (associative, order-independent), so Spark may combine them in any tree.
 *
 * <pre>{@code
 * PartResult all = parts.treeReduce(PartResult::merge);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
final class PartResult implements Serializable {
    private static final long serialVersionUID = 1L;

    final Payroll payroll;
    /** Null when no reform is compared. */
    final ReformImpact reform;

    final List<Reject> readRejects;
    final long rowsRead;

    PartResult(Payroll payroll, ReformImpact reform, List<Reject> readRejects, long rowsRead) {
        this.payroll = payroll;
        this.reform = reform;
        this.readRejects = List.copyOf(readRejects);
        this.rowsRead = rowsRead;
    }

    static PartResult merge(PartResult a, PartResult b) {
        List<Reject> rejects = new ArrayList<>(a.readRejects);
        rejects.addAll(b.readRejects);
        return new PartResult(
                a.payroll.merge(b.payroll),
                a.reform == null ? null : a.reform.merge(b.reform),
                rejects,
                a.rowsRead + b.rowsRead);
    }
}
