package org.canlian.examples.certificate;

import java.time.LocalDate;
import java.util.Optional;
import org.canlian.core.calendar.OfficialCalendar;
import org.canlian.core.calendar.WorkingCalendar;
import org.canlian.core.certificate.Applicant;
import org.canlian.core.certificate.Assessment;
import org.canlian.core.certificate.Certificate;
import org.canlian.core.certificate.CertificateCommand;
import org.canlian.core.certificate.CertificateEvent;
import org.canlian.core.certificate.CertificateLifecycle;
import org.canlian.core.certificate.CertificateRules;
import org.canlian.core.certificate.CertificateState;
import org.canlian.core.certificate.DisabilityRating;
import org.canlian.core.certificate.InMemoryCertificateRegistry;
import org.canlian.core.certificate.IssuingClerk;
import org.canlian.core.certificate.Outcome;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.person.ResidentId;
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
     * (DOMAIN.md section 4, each value citing its source).
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
        System.out.println(s.appliedOn() + "  apply -> " + s.describe(s.appliedOn()));
        s = step(s, new CertificateCommand.Accept(), LocalDate.of(2025, 3, 4));
        s = step(
                s,
                new CertificateCommand.Assess(Assessment.qualifying(
                        "朝阳区残疾评定医院",
                        LocalDate.of(2025, 3, 10),
                        true,
                        DisabilityRating.single(DisabilityCategory.PHYSICAL, DisabilityGrade.TWO))),
                LocalDate.of(2025, 3, 10));
        s = step(s, new CertificateCommand.PostNotice(village), LocalDate.of(2025, 3, 11));
        step(s, new CertificateCommand.Approve(), LocalDate.of(2025, 3, 17)); // refused: the notice still runs
        s = step(s, new CertificateCommand.Approve(), LocalDate.of(2025, 3, 19));
        step(s, new CertificateCommand.Issue(newClerk), LocalDate.of(2025, 3, 20)); // refused: no pledge signed
        s = step(s, new CertificateCommand.Issue(clerk), LocalDate.of(2025, 3, 20));
        s = step(s, new CertificateCommand.ReplaceLost(clerk), LocalDate.of(2026, 1, 5));
        s = step(s, new CertificateCommand.Renew(clerk), LocalDate.of(2035, 3, 20)); // its last valid day

        Certificate c = (Certificate) s;
        System.out.println();
        System.out.println(
                "History of certificate " + c.number() + " (" + c.history().size() + " events):");
        for (CertificateEvent e : c.history()) {
            System.out.printf("  %s  %-14s %s%n", e.date(), e.type(), details(e));
        }
        System.out.println();
        System.out.println("Replay of the history rebuilds the state: "
                + CertificateLifecycle.replay(c.history()).equals(c));
        for (LocalDate d : new LocalDate[] {
            LocalDate.of(2025, 3, 12), LocalDate.of(2030, 1, 1), LocalDate.of(2040, 1, 1), LocalDate.of(2045, 3, 21)
        }) {
            System.out.printf("  status on %s: %s%n", d, c.statusOn(d));
        }
        System.out.printf(
                "  first number %s on 2030-01-01: %s%n",
                c.voided().get(0).number(),
                c.statusOn(c.voided().get(0).number(), LocalDate.of(2030, 1, 1)).orElseThrow());
        System.out.printf("  days until expiry on 2045-01-01: %d%n", c.daysUntilExpiry(LocalDate.of(2045, 1, 1)));
    }

    private static CertificateState step(CertificateState s, CertificateCommand command, LocalDate date) {
        Outcome o = CertificateLifecycle.handle(s, command, date, RULES, CALENDAR);
        if (o instanceof Outcome.Refused r) {
            System.out.println(date + "  " + r.refusal().message());
            return s;
        }
        Outcome.Done d = (Outcome.Done) o;
        System.out.println(date + "  " + command.step() + " -> " + d.state().describe(date));
        return d.state();
    }

    private static String details(CertificateEvent e) {
        if (e instanceof CertificateEvent.Applied a) {
            return "holder " + a.holder() + " at " + a.county() + ", " + a.claimedCategory();
        }
        if (e instanceof CertificateEvent.Assessed a) {
            return a.assessment().institution() + (a.assessment().atHome() ? " (上门, at home)" : "") + ": "
                    + a.assessment()
                            .rating()
                            .map(r -> r.category() + " " + r.grade())
                            .orElse("no disability");
        }
        if (e instanceof CertificateEvent.NoticePosted n) {
            return "in " + n.place() + " until " + n.endsOn() + ", review due by " + n.reviewDueBy();
        }
        if (e instanceof CertificateEvent.Issued i) {
            return "number " + i.number() + " by " + i.issuer() + ", valid until " + i.validUntil() + ", clerk "
                    + i.clerk();
        }
        if (e instanceof CertificateEvent.Replaced r) {
            return r.voided() + " void, new number " + r.number();
        }
        if (e instanceof CertificateEvent.Renewed r) {
            return "valid until " + r.validUntil();
        }
        return "";
    }
}
