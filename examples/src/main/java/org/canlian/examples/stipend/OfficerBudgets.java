package org.canlian.examples.stipend;

import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.json.CanlianJson;
import org.canlian.core.money.Money;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.stipend.FundingSource;
import org.canlian.rules.stipend.MonthStatus;
import org.canlian.rules.stipend.Shortfall;
import org.canlian.rules.stipend.StipendBudget;
import org.canlian.rules.stipend.StipendCalculator;
import org.canlian.rules.stipend.StipendMonth;
import org.canlian.rules.stipend.StipendParameters;

/**
 * The two seed counties' officer budgets for 2024, from their example policy files and a deterministic sample of
 * officers: a table by township and funding source, the totals by post, the shortfalls, and one officer's
 * explanation in Chinese, English and JSON.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java -Ddemo.mainClass=org.canlian.examples.stipend.OfficerBudgets
 * }</pre>
 *
 * <p>County codes 629901 and 629902 are illustrative: the seeds do not name the counties.
 */
public final class OfficerBudgets {
    private OfficerBudgets() {}

    /**
     * Runs the demo.
     *
     * @param args not used
     * @throws Exception if the explanation cannot be written as JSON
     */
    public static void main(String[] args) throws Exception {
        Year year = Year.of(2024);
        print("County A", "/org/canlian/rules/policy/examples/county-a.json", SampleOfficers.countyA(2024), year);
        StipendBudget b = print(
                "County B", "/org/canlian/rules/policy/examples/county-b.json", SampleOfficers.countyB(2024), year);
        StipendMonth example = b.months().stream()
                .filter(m -> m.month().equals(YearMonth.of(2024, 1)))
                .filter(m -> m.officer().post() == org.canlian.core.hierarchy.OfficerPost.VILLAGE)
                .filter(m -> m.status() == MonthStatus.PAID_FULL_MONTH)
                .findFirst()
                .orElseThrow();
        System.out.println("One officer's explanation, " + example.month() + ":");
        System.out.println(example.explanation().toText(Locale.CHINESE));
        System.out.println(example.explanation().toText(Locale.ENGLISH));
        System.out.println("As a structured trace (JSON, first steps):");
        String json = CanlianJson.mapper()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(example.explanation().toJson());
        System.out.println(json.lines().limit(40).reduce((a, c) -> a + "\n" + c).orElse("") + "\n  ...");
    }

    private static StipendBudget print(String name, String resource, SampleOfficers.County county, Year year) {
        PolicySet policy = PolicyFiles.readResource(StipendParameters.catalog(), resource);
        StipendBudget budget = StipendBudget.of(
                StipendCalculator.of(policy),
                county.code(),
                county.officers(),
                county.expected(),
                year.atMonth(1),
                year.atMonth(12));
        System.out.println(
                "== " + name + " (illustrative code " + county.code() + "), officers' stipends " + year + " ==");
        System.out.printf(
                "%-12s %16s %16s %16s %16s%n",
                "township", "county budget", "village funds", "employment fund", "total");
        for (Map.Entry<DivisionCode, Map<FundingSource, Money>> row :
                budget.byAncestor(DivisionLevel.TOWNSHIP).entrySet()) {
            Map<FundingSource, Money> r = row.getValue();
            System.out.printf(
                    "%-12s %16s %16s %16s %16s%n",
                    row.getKey(),
                    cell(r, FundingSource.COUNTY_BUDGET),
                    cell(r, FundingSource.VILLAGE_PUBLIC_FUNDS),
                    cell(r, FundingSource.EMPLOYMENT_FUND),
                    r.values().stream().collect(Money.summing()).toPlainString());
        }
        Map<FundingSource, Money> all = budget.byFundingSource();
        System.out.printf(
                "%-12s %16s %16s %16s %16s%n",
                "all",
                cell(all, FundingSource.COUNTY_BUDGET),
                cell(all, FundingSource.VILLAGE_PUBLIC_FUNDS),
                cell(all, FundingSource.EMPLOYMENT_FUND),
                budget.totalCost().toPlainString());
        System.out.println("officers: " + budget.officerCount() + " " + budget.officersByPost() + "; paid to them "
                + budget.totalDue().toPlainString() + ", total cost "
                + budget.totalCost().toPlainString());
        System.out.println("by post: " + budget.byPost());
        System.out.println("vacant post-months: "
                + budget.shortfalls().stream()
                        .filter(s -> s.kind() == Shortfall.Kind.VACANT_POST)
                        .mapToInt(Shortfall::posts)
                        .sum()
                + ", costing "
                + budget.shortfallTotal(Shortfall.Kind.VACANT_POST).toPlainString()
                + " to fill; unfunded floors: "
                + budget.shortfallTotal(Shortfall.Kind.BELOW_FLOOR).toPlainString());
        System.out.println();
        return budget;
    }

    private static String cell(Map<FundingSource, Money> row, FundingSource source) {
        return row.getOrDefault(source, Money.ZERO).toPlainString();
    }
}
