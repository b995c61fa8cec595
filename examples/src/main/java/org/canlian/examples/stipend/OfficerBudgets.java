package org.canlian.examples.stipend;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.hierarchy.UnitKind;
import org.canlian.core.json.CanlianJson;
import org.canlian.core.money.Money;
import org.canlian.examples.Table;
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
        System.out.print(render());
    }

    /**
     * The demo's text: Chinese with English, amounts as {@code ¥1,234.50}.
     *
     * @return the text, lines ending with {@code \n}
     * @throws Exception if the explanation cannot be written as JSON
     */
    public static String render() throws Exception {
        StringBuilder out = new StringBuilder();
        Year year = Year.of(2024);
        print(
                out,
                "甲县 County A",
                "/org/canlian/rules/policy/examples/county-a.json",
                SampleOfficers.countyA(2024),
                year);
        StipendBudget b = print(
                out,
                "乙县 County B",
                "/org/canlian/rules/policy/examples/county-b.json",
                SampleOfficers.countyB(2024),
                year);
        StipendMonth example = b.months().stream()
                .filter(m -> m.month().equals(YearMonth.of(2024, 1)))
                .filter(m -> m.officer().post() == OfficerPost.VILLAGE)
                .filter(m -> m.status() == MonthStatus.PAID_FULL_MONTH)
                .findFirst()
                .orElseThrow();
        out.append("一名专职委员 2024 年 1 月的计算说明 One officer's explanation, ")
                .append(example.month())
                .append(":\n");
        out.append(example.explanation().toText(Locale.CHINESE)).append('\n');
        out.append(example.explanation().toText(Locale.ENGLISH)).append('\n');
        out.append("结构化记录 As a structured trace (JSON, first steps):\n");
        String json = CanlianJson.mapper()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(example.explanation().toJson());
        out.append(json.lines().limit(40).map(String::stripTrailing).collect(Collectors.joining("\n")))
                .append("\n  ...\n");
        return out.toString();
    }

    private static StipendBudget print(
            StringBuilder out, String name, String resource, SampleOfficers.County county, Year year) {
        PolicySet policy = PolicyFiles.readResource(StipendParameters.catalog(), resource);
        StipendBudget budget = StipendBudget.of(
                StipendCalculator.of(policy),
                county.code(),
                county.officers(),
                county.expected(),
                year.atMonth(1),
                year.atMonth(12));
        out.append("== ")
                .append(name)
                .append("（示例代码 illustrative code ")
                .append(county.code())
                .append("）")
                .append(year)
                .append(" 年专职委员补贴 officers' stipends ==\n");
        List<FundingSource> sources = List.of(FundingSource.values());
        List<String> head = new ArrayList<>(List.of("乡镇（街道）township"));
        sources.forEach(f -> head.add(f.chinese() + " " + f.english()));
        head.add("合计 total");
        Table table = new Table(head.toArray(String[]::new));
        for (Map.Entry<DivisionCode, Map<FundingSource, Money>> row :
                budget.byAncestor(DivisionLevel.TOWNSHIP).entrySet()) {
            Map<FundingSource, Money> r = row.getValue();
            List<String> cells = new ArrayList<>(List.of(unitName(row.getKey())));
            sources.forEach(f -> cells.add(r.getOrDefault(f, Money.ZERO).format()));
            cells.add(r.values().stream().collect(Money.summing()).format());
            table.row(cells.toArray(String[]::new));
        }
        Map<FundingSource, Money> all = budget.byFundingSource();
        List<String> total = new ArrayList<>(List.of("全县 county " + county.code()));
        sources.forEach(f -> total.add(all.getOrDefault(f, Money.ZERO).format()));
        total.add(budget.totalCost().format());
        table.row(total.toArray(String[]::new));
        table.render(out, "  ");

        out.append("按岗位 By post\n");
        Table posts = new Table("岗位 post", "人数 officers", "金额 amount");
        for (OfficerPost post : OfficerPost.values()) {
            posts.row(
                    post.chineseName() + " " + post.englishName(),
                    String.format("%,d", budget.officersByPost().getOrDefault(post, 0)),
                    budget.byPost().getOrDefault(post, Money.ZERO).format());
        }
        posts.row(
                "合计 total",
                String.format("%,d", budget.officerCount()),
                budget.totalCost().format());
        posts.render(out, "  ");
        out.append("  发给专职委员 paid to the officers ")
                .append(budget.totalDue().format())
                .append("，总成本（含社会保险）total cost with social insurance ")
                .append(budget.totalCost().format())
                .append('\n');
        out.append("  空缺岗位月数 vacant post-months ")
                .append(budget.shortfalls().stream()
                        .filter(s -> s.kind() == Shortfall.Kind.VACANT_POST)
                        .mapToInt(Shortfall::posts)
                        .sum())
                .append("，补齐需 costing ")
                .append(budget.shortfallTotal(Shortfall.Kind.VACANT_POST).format())
                .append("；无人承担的保底 unfunded floors ")
                .append(budget.shortfallTotal(Shortfall.Kind.BELOW_FLOOR).format())
                .append("\n\n");
        return budget;
    }

    /** A township-level unit of an illustrative county: no real name, so its kind beside its code. */
    private static String unitName(DivisionCode code) {
        return UnitKind.of(code).map(k -> k.chineseName() + " " + code).orElse(code.toString());
    }
}
