package org.canlian.examples.certificate;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.canlian.core.calendar.OfficialCalendar;
import org.canlian.core.calendar.WorkingCalendar;
import org.canlian.core.certificate.Applicant;
import org.canlian.core.certificate.Application;
import org.canlian.core.certificate.Assessment;
import org.canlian.core.certificate.Certificate;
import org.canlian.core.certificate.CertificateCommand;
import org.canlian.core.certificate.CertificateEvent;
import org.canlian.core.certificate.CertificateLifecycle;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.certificate.CertificateRules;
import org.canlian.core.certificate.CertificateState;
import org.canlian.core.certificate.CertificateStatus;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.certificate.InMemoryCertificateRegistry;
import org.canlian.core.certificate.IssuingClerk;
import org.canlian.core.certificate.Outcome;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.person.ResidentId;
import org.canlian.examples.Table;
import org.canlian.rules.certificate.CertificatePolicy;
import org.canlian.rules.policy.PolicyFiles;

/**
 * Walks one applicant from application to issue, then a replacement of a lost certificate and a renewal ten years
 * on, and prints the history (numbers masked) and the statuses on a few dates.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java -Ddemo.mainClass=org.canlian.examples.certificate.CertificateWalkthrough
 * }</pre>
 *
 * <p>Run once, prints and exits; no clock is read, every date is given.
 */
public final class CertificateWalkthrough {
    /**
     * The certificate periods in force in 朝阳区 (110105) on the application date, from the shipped national policy data
     * (《中国残疾人证管理办法》, CDPF and National Health Commission, 2017, each value citing its source).
     */
    private static final CertificateRules RULES = CertificatePolicy.rules(
                    PolicyFiles.readResource(CertificatePolicy.catalog(), CertificatePolicy.NATIONAL_RESOURCE),
                    DivisionCode.parse("110105"),
                    LocalDate.of(2025, 3, 3))
            .value();
    /** The State Council's 2025 holiday arrangement (国办发明电〔2024〕12号), for the working-day periods. */
    private static final WorkingCalendar CALENDAR = OfficialCalendar.china(2025);

    private CertificateWalkthrough() {}

    /**
     * Runs the walkthrough.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.out.print(render());
    }

    /**
     * The walkthrough as the demo prints it: Chinese with English, numbers masked.
     *
     * @return the text, lines ending with {@code \n}
     */
    public static String render() {
        StringBuilder out = new StringBuilder();
        out.append("残疾人证办理示例 Certificate walkthrough: 朝阳区 (110105)，身份证号和证号已脱敏 personal numbers masked\n");
        ResidentId holder = ResidentId.parse("11010519491231002X");
        DivisionCode county = DivisionCode.parse("110105");
        DivisionCode village = DivisionCode.parse("110105001001");
        IssuingClerk clerk = IssuingClerk.signed("CY-07", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 2));
        IssuingClerk newClerk = new IssuingClerk("CY-12", Optional.of(LocalDate.of(2025, 3, 1)), Optional.empty());

        CertificateState s = CertificateLifecycle.apply(
                        new CertificateCommand.Apply(
                                holder, county, village, new Applicant.Self(), DisabilityCategory.PHYSICAL),
                        LocalDate.of(2025, 3, 3),
                        RULES,
                        InMemoryCertificateRegistry.empty())
                .stateOrThrow();
        out.append(s.appliedOn())
                .append("  申请 apply -> ")
                .append(describe(s, s.appliedOn()))
                .append('\n');
        s = step(out, s, new CertificateCommand.Accept(), LocalDate.of(2025, 3, 4));
        s = step(
                out,
                s,
                new CertificateCommand.Assess(Assessment.qualifying(
                        "朝阳区残疾评定医院",
                        LocalDate.of(2025, 3, 10),
                        true,
                        DisabilityRating.single(DisabilityCategory.PHYSICAL, DisabilityGrade.TWO))),
                LocalDate.of(2025, 3, 10));
        s = step(out, s, new CertificateCommand.PostNotice(village), LocalDate.of(2025, 3, 11));
        step(out, s, new CertificateCommand.Approve(), LocalDate.of(2025, 3, 17)); // refused: the notice still runs
        s = step(out, s, new CertificateCommand.Approve(), LocalDate.of(2025, 3, 19));
        step(out, s, new CertificateCommand.Issue(newClerk), LocalDate.of(2025, 3, 20)); // refused: no pledge signed
        s = step(out, s, new CertificateCommand.Issue(clerk), LocalDate.of(2025, 3, 20));
        s = step(out, s, new CertificateCommand.ReplaceLost(clerk), LocalDate.of(2026, 1, 5));
        s = step(out, s, new CertificateCommand.Renew(clerk), LocalDate.of(2035, 3, 20)); // its last valid day

        Certificate c = (Certificate) s;
        out.append("\n证件记录 History of certificate ")
                .append(c.number())
                .append("（")
                .append(c.history().size())
                .append(" 条 events）\n");
        Table history = new Table("日期 date", "事项 event", "详情 details").leftAligned(1, 2);
        for (CertificateEvent e : c.history()) {
            history.row(e.date().toString(), EVENTS.getOrDefault(e.type(), e.type()), details(e));
        }
        history.render(out, "  ");
        out.append("\n按记录重放得到相同状态 Replaying the history rebuilds the state: ")
                .append(CertificateLifecycle.replay(c.history()).equals(c) ? "是 yes" : "否 no")
                .append('\n');
        Table statuses = new Table("日期 date", "证件 certificate", "状态 status").leftAligned(1, 2);
        for (LocalDate d : new LocalDate[] {
            LocalDate.of(2025, 3, 12), LocalDate.of(2030, 1, 1), LocalDate.of(2040, 1, 1), LocalDate.of(2045, 3, 21)
        }) {
            statuses.row(d.toString(), c.number().toString(), status(c.statusOn(d)));
        }
        CertificateNumber first = c.voided().get(0).number();
        statuses.row(
                "2030-01-01",
                first.toString(),
                status(c.statusOn(first, LocalDate.of(2030, 1, 1)).orElseThrow()));
        statuses.render(out, "  ");
        out.append("  2045-01-01 距到期 days until expiry: ")
                .append(c.daysUntilExpiry(LocalDate.of(2045, 1, 1)))
                .append('\n');
        return out.toString();
    }

    /** The Chinese and English names of the events, by their type name. */
    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("applied", "申请 applied"),
            Map.entry("accepted", "受理 accepted"),
            Map.entry("assessed", "评定 assessed"),
            Map.entry("notice-posted", "公示 notice posted"),
            Map.entry("approved", "审核通过 approved"),
            Map.entry("issued", "发证 issued"),
            Map.entry("replaced", "挂失补办 replaced"),
            Map.entry("renewed", "换领 renewed"));

    /** The Chinese and English names of the steps, by their type name. */
    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("accept", "受理 accept"),
            Map.entry("assess", "评定 assess"),
            Map.entry("post-notice", "公示 post notice"),
            Map.entry("approve", "审核 approve"),
            Map.entry("issue", "发证 issue"),
            Map.entry("replace-lost", "挂失补办 replace lost"),
            Map.entry("renew", "换领 renew"));

    private static String describe(CertificateState s, LocalDate date) {
        if (s instanceof Application a) {
            return "申请 application: "
                    + switch (a.stage()) {
                        case APPLIED -> "已申请 applied";
                        case ACCEPTED -> "已受理 accepted";
                        case ASSESSED -> "已评定 assessed";
                        case APPEALED -> "复核中 appealed";
                        case IN_NOTICE -> "公示中 in public notice";
                        case APPROVED -> "已审核 approved";
                        case REJECTED -> "不予办理 rejected";
                    };
        }
        return "残疾人证 certificate: " + status(((Certificate) s).statusOn(date));
    }

    private static String status(CertificateStatus status) {
        return switch (status) {
            case NOT_YET_ISSUED -> "未发证 not yet issued";
            case ACTIVE -> "有效 valid";
            case EXPIRED -> "已过期 expired";
            case CANCELLED -> "已注销 cancelled";
            case REPLACED -> "已补办作废 void, replaced";
            case SUPERSEDED -> "已换发作废 void, superseded";
        };
    }

    private static CertificateState step(
            StringBuilder out, CertificateState s, CertificateCommand command, LocalDate date) {
        Outcome o = CertificateLifecycle.handle(s, command, date, RULES, CALENDAR);
        String name = STEPS.getOrDefault(command.step(), command.step());
        if (o instanceof Outcome.Refused r) {
            out.append(date)
                    .append("  ")
                    .append(name)
                    .append(" 被拒绝 refused: ")
                    .append(r.refusal().reason())
                    .append('\n');
            return s;
        }
        Outcome.Done d = (Outcome.Done) o;
        out.append(date)
                .append("  ")
                .append(name)
                .append(" -> ")
                .append(describe(d.state(), date))
                .append('\n');
        return d.state();
    }

    private static String rating(DisabilityCategory category, DisabilityGrade grade) {
        return category.chineseName() + grade.chineseName() + " " + category.englishName() + ", grade "
                + grade.number();
    }

    private static String details(CertificateEvent e) {
        if (e instanceof CertificateEvent.Applied a) {
            return "申请人 holder " + a.holder() + "，" + a.county() + "，申报 claimed "
                    + a.claimedCategory().chineseName() + " "
                    + a.claimedCategory().englishName();
        }
        if (e instanceof CertificateEvent.Assessed a) {
            return a.assessment().institution() + (a.assessment().atHome() ? "（上门 at home）" : "") + ": "
                    + a.assessment()
                            .rating()
                            .map(r -> rating(r.category(), r.grade()))
                            .orElse("无残疾 no disability");
        }
        if (e instanceof CertificateEvent.NoticePosted n) {
            return "公示于 in " + n.place() + "，至 until " + n.endsOn() + "，审核期限 review due by " + n.reviewDueBy();
        }
        if (e instanceof CertificateEvent.Issued i) {
            return "证号 number " + i.number() + "，发证 by " + i.issuer() + "，有效期至 valid until " + i.validUntil()
                    + "，经办 clerk " + i.clerk();
        }
        if (e instanceof CertificateEvent.Replaced r) {
            return r.voided() + " 作废 void，新证号 new number " + r.number();
        }
        if (e instanceof CertificateEvent.Renewed r) {
            return "有效期至 valid until " + r.validUntil();
        }
        return "-";
    }
}
