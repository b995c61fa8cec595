package org.canlian.examples.hierarchy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.hierarchy.AffiliatedInstitution;
import org.canlian.core.hierarchy.AssessmentKind;
import org.canlian.core.hierarchy.FederationFacts;
import org.canlian.core.hierarchy.Governance;
import org.canlian.core.hierarchy.GrassrootsAssociation;
import org.canlian.core.hierarchy.Hierarchy;
import org.canlian.core.hierarchy.HierarchyBuild;
import org.canlian.core.hierarchy.HierarchyFacts;
import org.canlian.core.hierarchy.Leader;
import org.canlian.core.hierarchy.NbsDivisionReader;
import org.canlian.core.hierarchy.Officer;
import org.canlian.core.hierarchy.OfficerAssessment;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.hierarchy.OfficerQualification;
import org.canlian.core.hierarchy.SpecialAssociation;
import org.canlian.core.hierarchy.SpecialAssociationKind;
import org.canlian.core.hierarchy.UnitKind;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.canlian.rules.standard.OrganisationStandard;
import org.canlian.rules.standard.RollUp;
import org.canlian.rules.standard.StandardCheck;
import org.canlian.rules.standard.StandardPolicy;
import org.canlian.rules.standard.StandardReport;
import org.canlian.rules.standard.StandardReportText;

/**
 * A county federation's annual self-check (年度自查) against the organisation standard: builds 临泽县 (620723) from the
 * bundled rows of the statistics bureau's division codes, attaches a sample set of facts, and prints the standard's
 * findings and rates for the county and each of its towns and township-like units, then the villages that missed a
 * criterion.
 *
 * <p>The division data is real (7 towns, 6 township-like units, 71 villages, 5 communities, 6 village-like units).
 * The facts are a SAMPLE made up for the demo, shaped after the county federation's work report (quota 8, one chair,
 * two vice-chairs of whom one is disabled; every village and community association formed, each with an officer:
 * 76/76); the gaps (a town without its officer, villages without an activity room, a special association under the
 * budget floor) are invented to show how misses are reported. The farms' six village-like living areas report nothing
 * and are not counted: the national policy requires associations in villages and communities only.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java -Ddemo.mainClass=org.canlian.examples.hierarchy.CountySelfCheck
 * }</pre>
 */
public final class CountySelfCheck {
    static final DivisionCode LINZE = DivisionCode.parse("620723");

    /** The day the sample contracts and assessments are set around; the check itself reads no clock. */
    static final LocalDate YEAR_START = LocalDate.of(2024, 1, 1);

    private CountySelfCheck() {}

    /**
     * The standard in force in 临泽县 for the year checked, from the shipped national policy data (from city
     * and county federations' work reports, each value citing its source).
     *
     * @return the standard
     */
    static OrganisationStandard standard() {
        return StandardPolicy.standard(StandardPolicy.national(), LINZE, LocalDate.of(2024, 12, 31))
                .value();
    }

    /**
     * Runs the self-check and prints it.
     *
     * @param args none
     * @throws IOException if the bundled rows cannot be read
     */
    public static void main(String[] args) throws IOException {
        System.out.print(render());
    }

    /**
     * The self-check as the demo prints it.
     *
     * @return the text, lines ending with {@code \n}
     * @throws IOException if the bundled rows cannot be read
     */
    public static String render() throws IOException {
        HierarchyBuild build = NbsDivisionReader.read(
                name -> CountySelfCheck.class.getResourceAsStream("linze/" + name), LINZE, OnInvalidRow.STOP);
        Hierarchy county = build.hierarchy().subtree(LINZE);
        HierarchyFacts facts = sampleFacts(county);
        StandardReport report = StandardCheck.check(county, facts, CountySelfCheck.standard());

        StringBuilder out = new StringBuilder();
        out.append("临泽县残联 年度组织建设自查 · Linze county federation: annual organisation self-check\n");
        out.append("区划 Divisions（国家统计局 2023 年区划代码 NBS division codes 2023）: ")
                .append(county.countByKind(LINZE).entrySet().stream()
                        .map(e -> e.getKey().chineseName() + " " + e.getKey().englishName() + " " + e.getValue())
                        .collect(Collectors.joining(", ")))
                .append('\n');
        out.append("事实 Facts: 示例数据（虚构）sample data, made up for the demo\n\n");
        out.append(StandardReportText.render(report, LINZE, 1));
        out.append('\n');
        RollUp rates = report.unit(LINZE).orElseThrow().rollUp().orElseThrow();
        out.append("小结 Summary: 残协组建率 formation ")
                .append(rates.formed().toPercentString())
                .append(", 专职委员配备率 officers ")
                .append(rates.officersAppointed().toPercentString())
                .append(", 活动室覆盖率 activity rooms ")
                .append(rates.activityRooms().toPercentString())
                .append("（四舍五入保留一位小数，仅用于显示 rounded half-up to 0.1 % for display; exact counts above）\n");
        out.append("未达标单位 Units missing a criterion: ")
                .append(report.unitsMissing().size())
                .append(" / ")
                .append(report.units().size())
                .append('\n');
        return out.toString();
    }

    /** The sample facts: made up for the demo, deterministic. */
    static HierarchyFacts sampleFacts(Hierarchy county) {
        HierarchyFacts.Builder facts = HierarchyFacts.builder(county);
        facts.federation(
                LINZE,
                FederationFacts.builder()
                        .governance(Governance.builder()
                                .chair(Leader.of("理事长（示例）", false))
                                .addViceChairs(Leader.of("副理事长甲（示例）", true), Leader.of("副理事长乙（示例）", false))
                                .staffingQuota(8)
                                .staffDisabled(2)
                                .staffNotDisabled(6)
                                .addDepartments("办公室", "康复就业部", "维权教育部")
                                .addAffiliatedInstitutions(AffiliatedInstitution.of("残疾人康复中心", 15))
                                .build())
                        .specialAssociations(List.of(
                                SpecialAssociation.of(SpecialAssociationKind.BLIND, true, 1, Money.ofYuan(5_000)),
                                SpecialAssociation.of(SpecialAssociationKind.DEAF, true, 1, Money.ofYuan(5_000)),
                                SpecialAssociation.of(SpecialAssociationKind.PHYSICAL, true, 2, Money.ofYuan(6_000)),
                                SpecialAssociation.of(
                                        SpecialAssociationKind.INTELLECTUAL, true, 1, Money.ofYuan(5_000)),
                                SpecialAssociation.of(
                                        SpecialAssociationKind.PSYCHOSOCIAL, false, 1, Money.ofYuan(4_000))))
                        .population(148_000)
                        .serviceFacilityFloorArea(900)
                        .build());
        int villageSeq = 0;
        for (int i = 1; i < county.size(); i++) {
            DivisionCode code = county.codeAt(i);
            UnitKind kind = county.kindAt(i);
            if (kind == UnitKind.TOWN_FEDERATION) {
                // Sample gap: 倪家营镇 (107) has not appointed its officer this year.
                List<Officer> officers = code.localDigits() == 107 ? List.of() : List.of(officer(code, 900 + i));
                facts.federation(
                        code, FederationFacts.builder().officers(officers).build());
            } else if (kind == UnitKind.TOWNSHIP_LIKE_FEDERATION) {
                facts.federation(
                        code,
                        FederationFacts.builder()
                                .addOfficers(officer(code, 900 + i))
                                .build());
            } else if (kind == UnitKind.VILLAGE_ASSOCIATION || kind == UnitKind.COMMUNITY_ASSOCIATION) {
                villageSeq++;
                // Sample gap: every 15th village has no activity room yet.
                boolean room = villageSeq % 15 != 0;
                facts.association(
                        code,
                        GrassrootsAssociation.builder()
                                .formed(true)
                                .addOfficers(officer(code, villageSeq))
                                .activityRoom(room)
                                .build());
            }
            // The farms' village-like units (400-599) need no association under the national policy: no facts.
        }
        return facts.build();
    }

    /** A sample officer with a made-up but well-formed resident ID from the county's address code. */
    static Officer officer(DivisionCode unit, int seq) {
        String digits = "620723" + "1980" + String.format("%02d%02d", 1 + seq % 12, 1 + seq % 28)
                + String.format("%03d", seq % 1000);
        ResidentId person = ResidentId.parse(digits + ResidentId.checkCharacter(digits));
        return Officer.builder()
                .person(person)
                .qualification(seq % 10 == 0 ? OfficerQualification.RELATIVE : OfficerQualification.CERTIFICATE_HOLDER)
                .unit(unit)
                .post(OfficerPost.forUnit(unit).orElseThrow())
                .openSelection(true)
                .contractStart(YEAR_START)
                .contractEnd(YEAR_START.plusYears(3).minusDays(1))
                .addAssessments(OfficerAssessment.of(AssessmentKind.YEARLY, LocalDate.of(2024, 12, 20), true))
                .combinesPublicWelfarePost(unit.level() == DivisionLevel.VILLAGE)
                .build();
    }
}
