package org.canlian.rules.subsidy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.CodeGroups;
import org.canlian.rules.policy.DecisionTable;
import org.canlian.rules.policy.FactCode;
import org.canlian.rules.policy.ParameterCatalog;
import org.canlian.rules.policy.ParameterDefinition;
import org.canlian.rules.policy.Unit;

/**
 * The policy parameters of disability subsidies. Per programme {@code P} ({@link Programme#code()}):
 * {@code subsidy.P.table}, the decision table of who is eligible and for how much (first matching row wins, amounts in
 * the programme's unit, fixed or as a share of another parameter), and {@code subsidy.P.exclusions}, a table whose
 * matching rows exclude (the national rules: destitute-persons support and work-injury care exclude both subsidies,
 * child support excludes the living subsidy). For all programmes: {@code subsidy.payment-starts} and
 * {@code subsidy.payment-stops} (named rules), {@code subsidy.higher-of} (groups of benefits of which only the highest
 * is kept), and the 低保 standards a share may be of: {@code minimum-living.urban.monthly},
 * {@code minimum-living.rural.monthly}.
 *
 * <pre>{@code
 * SubsidyParameters.table(Programme.CARE).key();        // "subsidy.care.table"
 * PolicySet policy = PolicyFiles.readResource(SubsidyParameters.catalog(), SubsidyPolicies.NATIONAL);
 * }</pre>
 *
 * <p>A programme whose table no region in a claimant's chain sets is not provided there. This class is immutable and
 * thread-safe.
 */
public final class SubsidyParameters {
    /** When payment starts after an application. */
    public static final ParameterDefinition<PaymentStart> PAYMENT_STARTS =
            ParameterDefinition.choice("subsidy.payment-starts", "补贴起发规则", "when payment starts", PaymentStart.class);

    /** When payment stops after a stopping event. */
    public static final ParameterDefinition<PaymentStop> PAYMENT_STOPS =
            ParameterDefinition.choice("subsidy.payment-stops", "补贴停发规则", "when payment stops", PaymentStop.class);

    /** The codes a "higher of" group may list: monthly programmes and outside allowances. */
    public static final List<FactCode> BENEFIT_CODES = benefitCodes();

    /** Groups of benefits of which a person keeps only the highest monthly amount, in order. */
    public static final ParameterDefinition<CodeGroups> HIGHER_OF =
            ParameterDefinition.groups("subsidy.higher-of", "择高享受", "higher of", BENEFIT_CODES);

    /** The urban minimum-living-guarantee standard (城市低保标准). */
    public static final ParameterDefinition<Money> MINIMUM_LIVING_URBAN = ParameterDefinition.money(
            "minimum-living.urban.monthly", Unit.CNY_PER_MONTH, "城市低保标准", "urban minimum-living standard");

    /** The rural minimum-living-guarantee standard (农村低保标准). */
    public static final ParameterDefinition<Money> MINIMUM_LIVING_RURAL = ParameterDefinition.money(
            "minimum-living.rural.monthly", Unit.CNY_PER_MONTH, "农村低保标准", "rural minimum-living standard");

    private static final Map<Programme, ParameterDefinition<DecisionTable>> TABLES = new EnumMap<>(Programme.class);
    private static final Map<Programme, ParameterDefinition<DecisionTable>> EXCLUSIONS = new EnumMap<>(Programme.class);

    static {
        for (Programme p : Programme.values()) {
            TABLES.put(
                    p,
                    ParameterDefinition.table(
                            "subsidy." + p.code() + ".table",
                            p.chinese() + "标准",
                            p.english() + " table",
                            SubsidyFacts.SET,
                            p.unit()));
            EXCLUSIONS.put(
                    p,
                    ParameterDefinition.exclusionTable(
                            "subsidy." + p.code() + ".exclusions",
                            p.chinese() + "排除情形",
                            p.english() + " exclusions",
                            SubsidyFacts.SET));
        }
    }

    private SubsidyParameters() {}

    /**
     * {@return the eligibility and amount table of {@code programme}}
     *
     * @param programme the subsidy programme
     */
    public static ParameterDefinition<DecisionTable> table(Programme programme) {
        return TABLES.get(programme);
    }

    /**
     * {@return the exclusions table of {@code programme}}
     *
     * @param programme the subsidy programme
     */
    public static ParameterDefinition<DecisionTable> exclusions(Programme programme) {
        return EXCLUSIONS.get(programme);
    }

    /** {@return every subsidy parameter, for a policy loader} */
    public static ParameterCatalog catalog() {
        List<ParameterDefinition<?>> all = new ArrayList<>(
                List.of(PAYMENT_STARTS, PAYMENT_STOPS, HIGHER_OF, MINIMUM_LIVING_URBAN, MINIMUM_LIVING_RURAL));
        for (Programme p : Programme.values()) {
            all.add(TABLES.get(p));
            all.add(EXCLUSIONS.get(p));
        }
        return ParameterCatalog.of(all);
    }

    private static List<FactCode> benefitCodes() {
        List<FactCode> out = new ArrayList<>();
        for (Programme p : Programme.values()) {
            if (p.unit() == Unit.CNY_PER_MONTH) {
                out.add(FactCode.of(p.code(), p.chinese(), p.english()));
            }
        }
        out.addAll(SubsidyFacts.codes(Allowance.values()));
        return List.copyOf(out);
    }
}
