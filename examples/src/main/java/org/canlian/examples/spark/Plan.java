package org.canlian.examples.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.payroll.PayrollCalculator;
import org.canlian.rules.payroll.PayrollScope;
import org.canlian.rules.payroll.ReformCalculator;
import org.canlian.rules.roster.RosterReader;
import org.canlian.rules.subsidy.PolicySource;

/**
 * What every executor needs to decide its partitions, broadcast once: the policy (and the reform's) as a
 * {@link PolicySource} recipe, the region and months paid, the report date, and the roster's header. Each copy builds
 * its calculators on first use and keeps them (transient), so an executor compiles the month's rules once per JVM
 * (a broadcast value is deserialized once per executor), never per row or per partition.
 *
 * <pre>{@code
 * Broadcast<Plan> plan = jsc.broadcast(new Plan(policy, null, "620723", YearMonth.of(2025, 1), YearMonth.of(2025, 12),
 *         LocalDate.of(2025, 12, 31), header, null));
 * plan.value().payroll();   // compiled once on this executor
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
final class Plan implements Serializable {
    private static final long serialVersionUID = 1L;

    final PolicySource policy;
    /** Null when no reform is compared. */
    final PolicySource reform;

    final String region;
    final YearMonth from;
    final YearMonth to;
    final LocalDate asOf;
    /** The CSV file's first line; null for a table. */
    final String csvHeader;
    /** The table's columns (the position column left out); null for a CSV file. */
    final List<String> columns;

    private transient volatile PayrollCalculator payroll;
    private transient volatile ReformCalculator reformCalculator;

    Plan(
            PolicySource policy,
            PolicySource reform,
            String region,
            YearMonth from,
            YearMonth to,
            LocalDate asOf,
            String csvHeader,
            List<String> columns) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.reform = reform;
        this.region = DivisionCode.parse(region).value();
        this.from = from;
        this.to = to;
        this.asOf = asOf;
        this.csvHeader = csvHeader;
        this.columns = columns == null ? null : List.copyOf(columns);
    }

    PayrollScope scope() {
        return PayrollScope.of(DivisionCode.parse(region), from, to);
    }

    RosterReader reader() {
        return RosterReader.csv(asOf);
    }

    /** The payroll calculator, its months compiled once per copy of the plan. */
    PayrollCalculator payroll() {
        PayrollCalculator p = payroll;
        if (p == null) {
            synchronized (this) {
                if (payroll == null) {
                    payroll = PayrollCalculator.of(policy.calculator(), scope(), OnInvalidRow.REPORT_AND_CONTINUE);
                }
                p = payroll;
            }
        }
        return p;
    }

    /** The reform calculator (current policy against the reform), or null. */
    ReformCalculator reform() {
        if (reform == null) {
            return null;
        }
        ReformCalculator r = reformCalculator;
        if (r == null) {
            synchronized (this) {
                if (reformCalculator == null) {
                    reformCalculator = ReformCalculator.of(
                            policy.calculator(), reform.calculator(), scope(), OnInvalidRow.REPORT_AND_CONTINUE);
                }
                r = reformCalculator;
            }
        }
        return r;
    }
}
