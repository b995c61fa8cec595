package org.canlian.core.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.calendar.CivilCodePeriod;
import org.canlian.core.calendar.WorkingCalendar;
import org.canlian.core.certificate.CertificateCommand.Accept;
import org.canlian.core.certificate.CertificateCommand.Appeal;
import org.canlian.core.certificate.CertificateCommand.Apply;
import org.canlian.core.certificate.CertificateCommand.Approve;
import org.canlian.core.certificate.CertificateCommand.Assess;
import org.canlian.core.certificate.CertificateCommand.Cancel;
import org.canlian.core.certificate.CertificateCommand.ChangeRating;
import org.canlian.core.certificate.CertificateCommand.DecideAppeal;
import org.canlian.core.certificate.CertificateCommand.ExchangeDamaged;
import org.canlian.core.certificate.CertificateCommand.Issue;
import org.canlian.core.certificate.CertificateCommand.PostNotice;
import org.canlian.core.certificate.CertificateCommand.Reject;
import org.canlian.core.certificate.CertificateCommand.Renew;
import org.canlian.core.certificate.CertificateCommand.ReplaceLost;
import org.canlian.core.certificate.CertificateCommand.Transfer;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.division.DivisionLevel;
import org.canlian.core.person.ResidentId;

/**
 * The certificate procedure as pure functions: each step takes the current state, a command, the date and the
 * policy in force ({@link CertificateRules}, a {@link WorkingCalendar}) and gives the new state and the event
 * recorded, or a {@link Refusal} naming the state, the step and the rule broken. No clock is read: the date is an
 * input.
 *
 * <p>Steps decide an event; {@link #evolve} applies it; so the state after any steps equals {@link #replay} of its
 * history. The rules in force, in one place:
 *
 * <ul>
 *   <li>apply: at a county-level federation containing the household registration; a guardian (adult, not the
 *       holder) for minors (under 18 on the date) and intellectual or psychosocial claims; no pending application,
 *       no certificate not cancelled, and no cancellation within {@code reapplicationBar} (the
 *       {@link CertificateRegistry});
 *   <li>accept, assess (dated between acceptance and the step), post the notice (a qualifying assessment; a
 *       guardian as applicant if it found an intellectual or psychosocial disability; in a village or community of
 *       the county), approve (after the notice's {@code noticeWorkingDays}, within the
 *       {@code reviewWorkingDays} after it), issue (a clerk who signed the confidentiality agreement and the
 *       responsibility pledge): each in its stage;
 *   <li>appeal within {@code appealWorkingDays} of the assessment or of the city federation's decision; the
 *       provincial committee's decision is final; reject at any stage before issue but during an appeal;
 *   <li>after issue, on a certificate not cancelled: renew from {@code renewalWindow} before the valid-until date;
 *       replace a lost or exchange a damaged certificate while valid (replacements end at {@code B9}); change the
 *       rating after a reassessment with another rating; transfer to another county; cancel on death, on a
 *       reassessment finding no disability, or on a written request (by a guardian where one is required); appeal a
 *       reassessment (a change of rating) as an assessment, the decision being recorded and, if it differs, put in
 *       force by a further change of rating.
 * </ul>
 *
 * <pre>{@code
 * CertificateRules rules = new CertificateRules(Period.ofYears(10), 5, 10, 10, Period.ofYears(1), Period.ZERO);
 * WorkingCalendar cal = OfficialCalendar.china(2025);
 * Outcome o = CertificateLifecycle.apply(new CertificateCommand.Apply(holder, county, village,
 *         new Applicant.Self(), DisabilityCategory.PHYSICAL), LocalDate.of(2025, 3, 3), rules, registry);
 * CertificateState s = o.stateOrThrow();
 * s = CertificateLifecycle.handle(s, new CertificateCommand.Accept(), LocalDate.of(2025, 3, 4), rules, cal)
 *         .stateOrThrow();
 * CertificateLifecycle.replay(s.history()).equals(s);     // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe (it has no state).
 */
public final class CertificateLifecycle {
    /** Age of majority, 民法典 art. 17: national law, not regional policy. */
    private static final int ADULT_AGE = 18;

    private CertificateLifecycle() {}

    /**
     * The first step: an application, checked against the person's existing files.
     *
     * @param command the application
     * @param date the date of application
     * @param rules the rules in force
     * @param registry the existing applications and certificates
     * @return a new {@link Application} in stage {@code APPLIED} and its event, or a refusal
     */
    public static Outcome apply(Apply command, LocalDate date, CertificateRules rules, CertificateRegistry registry) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(registry, "registry");
        Optional<Violation> v = checkApply(command, date);
        if (v.isPresent()) {
            return new Outcome.Refused(new Refusal(
                    CertificateRegistry.NO_APPLICATION,
                    command.step(),
                    v.get().rule(),
                    v.get().reason()));
        }
        Optional<Refusal> existing = registry.checkNewApplication(command.holder(), date, rules);
        if (existing.isPresent()) {
            return new Outcome.Refused(existing.get());
        }
        CertificateEvent.Applied event = new CertificateEvent.Applied(
                date,
                command.holder(),
                command.county(),
                command.householdRegistration(),
                command.applicant(),
                command.claimedCategory());
        return new Outcome.Done(Application.start(event), event);
    }

    private static Optional<Violation> checkApply(Apply c, LocalDate date) {
        if (date.isBefore(c.holder().birthDate())) {
            return no("birth-date", "the application is dated before the holder's birth date");
        }
        if (c.county().level() != DivisionLevel.COUNTY) {
            return no(
                    "county-level",
                    "certificates are issued by county-level federations; " + c.county() + " is "
                            + c.county().level().englishName() + " level");
        }
        if (!c.county().contains(c.householdRegistration())) {
            return no(
                    "household-registration",
                    "the application is made at the county of household registration: " + c.householdRegistration()
                            + " is not in " + c.county());
        }
        return guardianRule(
                c.holder(),
                c.applicant(),
                date,
                c.claimedCategory() == DisabilityCategory.INTELLECTUAL
                        || c.claimedCategory() == DisabilityCategory.PSYCHOSOCIAL);
    }

    /** A guardian is required for a minor or an intellectual or psychosocial disability; a guardian is an adult. */
    private static Optional<Violation> guardianRule(
            ResidentId holder, Applicant applicant, LocalDate date, boolean intellectualOrPsychosocial) {
        int age = holder.ageOn(date);
        if (applicant instanceof Applicant.Self) {
            if (age < ADULT_AGE) {
                return no("guardian-required", "a guardian must act for a minor (aged " + age + ")");
            }
            if (intellectualOrPsychosocial) {
                return no("guardian-required", "a guardian must act for an intellectual or psychosocial disability");
            }
            return Optional.empty();
        }
        ResidentId guardian = ((Applicant.Guardian) applicant).guardian();
        if (guardian.equals(holder)) {
            return no("guardian-is-holder", "the guardian cannot be the holder");
        }
        if (date.isBefore(guardian.birthDate()) || guardian.ageOn(date) < ADULT_AGE) {
            return no("guardian-minor", "the guardian " + guardian + " is not an adult on " + date);
        }
        return Optional.empty();
    }

    /**
     * A step on an existing application or certificate.
     *
     * @param state the current state
     * @param command the step
     * @param date the date of the step, not before the last event
     * @param rules the rules in force
     * @param calendar the working calendar for periods in working days
     * @return the new state and its event, or a refusal naming the state, the step and the rule broken
     */
    public static Outcome handle(
            CertificateState state,
            CertificateCommand command,
            LocalDate date,
            CertificateRules rules,
            WorkingCalendar calendar) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(calendar, "calendar");
        Step step;
        if (date.isBefore(state.lastEventDate())) {
            step = Step.no(
                    "date-order", "the step is dated " + date + ", before the last event on " + state.lastEventDate());
        } else if (command instanceof Apply) {
            step = Step.no(
                    "already-applied",
                    "this person's application was made on " + state.appliedOn()
                            + "; a new one starts from CertificateLifecycle.apply");
        } else if (state instanceof Application a) {
            step = decideApplication(a, command, date, rules, calendar);
        } else {
            step = decideCertificate((Certificate) state, command, date, rules, calendar);
        }
        if (step.violation != null) {
            return new Outcome.Refused(
                    new Refusal(state.describe(date), command.step(), step.violation.rule(), step.violation.reason()));
        }
        return new Outcome.Done(evolve(state, step.event), step.event);
    }

    private static Step decideApplication(
            Application a, CertificateCommand command, LocalDate date, CertificateRules rules, WorkingCalendar cal) {
        ApplicationStage stage = a.stage();
        if (stage == ApplicationStage.REJECTED) {
            return Step.no(
                    "application-closed",
                    "the application was rejected: " + a.rejection().orElseThrow());
        }
        if (command instanceof Reject r) {
            if (stage == ApplicationStage.APPEALED) {
                return Step.no("appeal-pending", "an appeal is pending; it is decided first");
            }
            return Step.ok(new CertificateEvent.Rejected(date, stage, r.reason()));
        }
        if (command instanceof Accept) {
            return inStage(a, command, ApplicationStage.APPLIED)
                    .orElseGet(() -> Step.ok(new CertificateEvent.Accepted(date)));
        }
        if (command instanceof Assess as) {
            Optional<Step> wrong = inStage(a, command, ApplicationStage.ACCEPTED);
            if (wrong.isPresent()) {
                return wrong.get();
            }
            Optional<Step> badDate = assessmentDated(as.assessment(), a.lastEventDate(), date, "the acceptance");
            return badDate.orElseGet(() -> Step.ok(new CertificateEvent.Assessed(date, as.assessment())));
        }
        if (command instanceof Appeal ap) {
            if (stage != ApplicationStage.ASSESSED && stage != ApplicationStage.IN_NOTICE) {
                return wrongStage(a, command, "ASSESSED or IN_NOTICE");
            }
            LocalDate assessedOn = a.assessment().orElseThrow().assessedOn();
            return appeal(ap, a.appealLevel(), assessedOn, "assessment", date, rules, cal);
        }
        if (command instanceof DecideAppeal d) {
            Optional<Step> wrong = inStage(a, command, ApplicationStage.APPEALED);
            if (wrong.isPresent()) {
                return wrong.get();
            }
            Optional<Step> badDate = assessmentDated(d.decision(), a.lastEventDate(), date, "the appeal");
            return badDate.orElseGet(() -> Step.ok(
                    new CertificateEvent.AppealDecided(date, a.appealLevel().orElseThrow(), d.decision())));
        }
        if (command instanceof PostNotice p) {
            Optional<Step> wrong = inStage(a, command, ApplicationStage.ASSESSED);
            if (wrong.isPresent()) {
                return wrong.get();
            }
            if (a.assessment().orElseThrow().rating().isEmpty()) {
                return Step.no(
                        "assessment-not-qualifying",
                        "the assessment found no disability meeting the standard: reject, or await an appeal");
            }
            DisabilityRating found = a.assessment().orElseThrow().rating().orElseThrow();
            if (a.applicant() instanceof Applicant.Self
                    && (found.includes(DisabilityCategory.INTELLECTUAL)
                            || found.includes(DisabilityCategory.PSYCHOSOCIAL))) {
                return Step.no(
                        "guardian-required",
                        "the assessment found an intellectual or psychosocial disability, for which a guardian must"
                                + " apply: reject, and let the guardian apply");
            }
            if (p.place().level() != DivisionLevel.VILLAGE || !a.county().contains(p.place())) {
                return Step.no(
                        "notice-place",
                        "the notice is posted in a village or community of " + a.county() + ", not " + p.place());
            }
            LocalDate endsOn = cal.plusWorkingDays(date, rules.noticeWorkingDays());
            LocalDate reviewDueBy = cal.plusWorkingDays(endsOn, rules.reviewWorkingDays());
            return Step.ok(new CertificateEvent.NoticePosted(date, p.place(), endsOn, reviewDueBy));
        }
        if (command instanceof Approve) {
            Optional<Step> wrong = inStage(a, command, ApplicationStage.IN_NOTICE);
            if (wrong.isPresent()) {
                return wrong.get();
            }
            CertificateEvent.NoticePosted n = a.notice().orElseThrow();
            if (!date.isAfter(n.endsOn())) {
                return Step.no(
                        "notice-period",
                        "the public notice of " + rules.noticeWorkingDays() + " working days runs until " + n.endsOn()
                                + " inclusive");
            }
            if (date.isAfter(n.reviewDueBy())) {
                return Step.no(
                        "review-period",
                        "the county review is due within " + rules.reviewWorkingDays()
                                + " working days after the notice, by " + n.reviewDueBy());
            }
            return Step.ok(new CertificateEvent.Approved(date));
        }
        if (command instanceof Issue i) {
            Optional<Step> wrong = inStage(a, command, ApplicationStage.APPROVED);
            if (wrong.isPresent()) {
                return wrong.get();
            }
            Optional<Violation> clerk = i.clerk().whyCannotIssueOn(date);
            if (clerk.isPresent()) {
                return new Step(null, clerk.get());
            }
            DisabilityRating rating = a.assessment().orElseThrow().rating().orElseThrow();
            CertificateNumber number = CertificateNumber.of(a.holder(), rating.category(), rating.grade());
            return Step.ok(new CertificateEvent.Issued(
                    date,
                    number,
                    rating,
                    a.county(),
                    lastValidDay(date, rules),
                    i.clerk().staffId()));
        }
        return Step.no("not-issued", "no certificate has been issued on this application yet");
    }

    private static Step decideCertificate(
            Certificate c, CertificateCommand command, LocalDate date, CertificateRules rules, WorkingCalendar cal) {
        if (c.cancellation().isPresent()) {
            return Step.no(
                    "cancelled",
                    "the certificate was cancelled on " + c.cancellation().get().date());
        }
        boolean expired = date.isAfter(c.validUntil());
        if (command instanceof Renew r) {
            LocalDate opens = CivilCodePeriod.firstStartReaching(c.validUntil(), rules.renewalWindow());
            if (date.isBefore(opens)) {
                return Step.no(
                        "renewal-not-open",
                        "renewal opens on " + opens + " (valid until " + c.validUntil() + ", renewal window "
                                + rules.renewalWindow() + ")");
            }
            return withClerk(r.clerk(), date, () -> {
                // Not yet expired: the new period follows on from the old last day; expired: from the renewal.
                LocalDate from = expired ? date : c.validUntil();
                return new CertificateEvent.Renewed(
                        date, lastValidDay(from, rules), r.clerk().staffId());
            });
        }
        if (command instanceof ReplaceLost r) {
            if (expired) {
                return Step.no("expired", "the certificate expired on " + c.validUntil() + ": renew it instead");
            }
            if (c.number().replacement() == 9) {
                return Step.no("replacement-limit", "no replacement suffix after B9");
            }
            return withClerk(
                    r.clerk(),
                    date,
                    () -> new CertificateEvent.Replaced(
                            date,
                            c.number(),
                            c.number().nextReplacement(),
                            r.clerk().staffId()));
        }
        if (command instanceof ExchangeDamaged x) {
            if (expired) {
                return Step.no("expired", "the certificate expired on " + c.validUntil() + ": renew it instead");
            }
            return withClerk(
                    x.clerk(),
                    date,
                    () -> new CertificateEvent.Exchanged(
                            date, c.number(), x.clerk().staffId()));
        }
        if (command instanceof ChangeRating ch) {
            if (ReassessmentAppeal.of(c).pending()) {
                return Step.no("appeal-pending", "an appeal against the reassessment is pending; it is decided first");
            }
            Assessment re = ch.reassessment();
            if (re.rating().isEmpty()) {
                return Step.no(
                        "reassessment-not-qualifying",
                        "the reassessment found no disability: cancel the certificate (no longer meets the standard)");
            }
            if (re.assessedOn().isAfter(date)) {
                return Step.no("assessment-date", "the reassessment is dated " + re.assessedOn() + ", after " + date);
            }
            DisabilityRating rating = re.rating().get();
            if (rating.equals(c.rating())) {
                return Step.no("rating-unchanged", "the reassessment found the same category and grade");
            }
            return withClerk(
                    ch.clerk(),
                    date,
                    () -> new CertificateEvent.RatingChanged(
                            date,
                            re,
                            c.number(),
                            CertificateNumber.of(c.holder(), rating.category(), rating.grade()),
                            lastValidDay(date, rules),
                            ch.clerk().staffId()));
        }
        if (command instanceof Transfer t) {
            if (t.toCounty().level() != DivisionLevel.COUNTY) {
                return Step.no(
                        "county-level",
                        "a certificate is transferred to a county-level federation, not " + t.toCounty());
            }
            if (t.toCounty().equals(c.issuer())) {
                return Step.no("same-county", "the certificate is already managed by " + c.issuer());
            }
            if (t.movedOn().isAfter(date)) {
                return Step.no("move-date", "the move on " + t.movedOn() + " is after the transfer on " + date);
            }
            return Step.ok(new CertificateEvent.Transferred(date, c.issuer(), t.toCounty(), t.movedOn()));
        }
        if (command instanceof Cancel k) {
            return decideCancel(c, k.reason(), date);
        }
        if (command instanceof Appeal ap) {
            ReassessmentAppeal chain = ReassessmentAppeal.of(c);
            if (chain.appealable().isEmpty()) {
                return Step.no(
                        "no-reassessment",
                        "after issue only a reassessment (a change of rating) can be appealed; there is none to appeal");
            }
            if (chain.pending()) {
                return Step.no("appeal-pending", "an appeal against the reassessment is already pending");
            }
            LocalDate assessedOn = chain.appealable().get().assessedOn();
            return appeal(ap, chain.level(), assessedOn, "reassessment or decision", date, rules, cal);
        }
        if (command instanceof DecideAppeal d) {
            ReassessmentAppeal chain = ReassessmentAppeal.of(c);
            if (!chain.pending()) {
                return Step.no("no-appeal-pending", "no appeal against a reassessment is pending");
            }
            Optional<Step> badDate = assessmentDated(d.decision(), c.lastEventDate(), date, "the appeal");
            return badDate.orElseGet(() -> Step.ok(
                    new CertificateEvent.AppealDecided(date, chain.level().orElseThrow(), d.decision())));
        }
        return Step.no("already-issued", "the certificate was issued on " + c.issuedOn());
    }

    /**
     * An appeal against an assessment (or the decision on an earlier appeal) made on {@code assessedOn}: first to the
     * city federation, then to the provincial expert committee, whose decision is final; lodged within the rules'
     * working days.
     */
    private static Step appeal(
            Appeal command,
            Optional<AppealLevel> lastLevel,
            LocalDate assessedOn,
            String appealedAgainst,
            LocalDate date,
            CertificateRules rules,
            WorkingCalendar cal) {
        Optional<AppealLevel> level = lastLevel.isEmpty()
                ? Optional.of(AppealLevel.CITY_FEDERATION)
                : lastLevel.get().next();
        if (level.isEmpty()) {
            return Step.no("appeal-final", "the provincial expert committee's decision is final");
        }
        LocalDate deadline = cal.plusWorkingDays(assessedOn, rules.appealWorkingDays());
        if (date.isAfter(deadline)) {
            return Step.no(
                    "appeal-period",
                    "an appeal is lodged within " + rules.appealWorkingDays() + " working days of the "
                            + appealedAgainst + " of " + assessedOn + ", that is by " + deadline);
        }
        return Step.ok(new CertificateEvent.Appealed(date, level.get(), command.grounds()));
    }

    private static Step decideCancel(Certificate c, CancellationReason reason, LocalDate date) {
        if (reason instanceof CancellationReason.Death d) {
            if (d.diedOn().isAfter(date)) {
                return Step.no("death-date", "the death on " + d.diedOn() + " is after the cancellation on " + date);
            }
            if (d.diedOn().isBefore(c.appliedOn())) {
                return Step.no("death-date", "the death on " + d.diedOn() + " is before the application");
            }
        } else if (reason instanceof CancellationReason.NoLongerMeetsStandard n) {
            if (n.reassessment().rating().isPresent()) {
                return Step.no(
                        "reassessment-qualifies",
                        "the reassessment found a disability: change the rating instead of cancelling");
            }
            if (n.reassessment().assessedOn().isAfter(date)) {
                return Step.no(
                        "assessment-date",
                        "the reassessment is dated " + n.reassessment().assessedOn() + ", after " + date);
            }
        } else {
            Applicant by = ((CancellationReason.WrittenRequest) reason).by();
            boolean needsGuardian = c.rating().includes(DisabilityCategory.INTELLECTUAL)
                    || c.rating().includes(DisabilityCategory.PSYCHOSOCIAL);
            Optional<Violation> v = guardianRule(c.holder(), by, date, needsGuardian);
            if (v.isPresent()) {
                return new Step(null, v.get());
            }
        }
        return Step.ok(new CertificateEvent.Cancelled(date, reason));
    }

    /**
     * The last valid day of a validity period counted from {@code start} (the issue, or the day the previous period
     * ended), by the Civil Code arts. 201-202: issued on 2025-03-03 for 10 years, valid through 2035-03-03.
     */
    private static LocalDate lastValidDay(LocalDate start, CertificateRules rules) {
        return CivilCodePeriod.lastDay(start, rules.validity());
    }

    private static Step withClerk(IssuingClerk clerk, LocalDate date, java.util.function.Supplier<CertificateEvent> e) {
        Optional<Violation> v = clerk.whyCannotIssueOn(date);
        return v.map(x -> new Step(null, x)).orElseGet(() -> Step.ok(e.get()));
    }

    private static Optional<Step> assessmentDated(Assessment as, LocalDate notBefore, LocalDate date, String what) {
        if (as.assessedOn().isAfter(date)) {
            return Optional.of(Step.no(
                    "assessment-date", "the assessment is dated " + as.assessedOn() + ", after the step on " + date));
        }
        if (as.assessedOn().isBefore(notBefore)) {
            return Optional.of(Step.no(
                    "assessment-date",
                    "the assessment is dated " + as.assessedOn() + ", before " + what + " on " + notBefore));
        }
        return Optional.empty();
    }

    private static Optional<Step> inStage(Application a, CertificateCommand command, ApplicationStage needed) {
        return a.stage() == needed ? Optional.empty() : Optional.of(wrongStage(a, command, needed.name()));
    }

    private static Step wrongStage(Application a, CertificateCommand command, String needed) {
        return Step.no("stage", command.step() + " needs an application in stage " + needed);
    }

    private static Optional<Violation> no(String rule, String reason) {
        return Optional.of(new Violation(rule, reason));
    }

    /**
     * Applies an event to a state: no rule is checked, the event is a fact. The first event of a file is
     * {@link CertificateEvent.Applied}, applied to no state ({@code null}).
     *
     * @param state the state, or {@code null} before the first event
     * @param event the event
     * @return the state after the event, its history extended by the event
     * @throws IllegalStateException if the event cannot follow the state (a corrupt history)
     */
    public static CertificateState evolve(CertificateState state, CertificateEvent event) {
        Objects.requireNonNull(event, "event");
        if (state == null) {
            if (event instanceof CertificateEvent.Applied applied) {
                return Application.start(applied);
            }
            throw corrupt("no state", event);
        }
        if (state instanceof Application a) {
            return evolveApplication(a, event);
        }
        return evolveCertificate((Certificate) state, event);
    }

    private static CertificateState evolveApplication(Application a, CertificateEvent event) {
        if (event instanceof CertificateEvent.Accepted) {
            return a.next(ApplicationStage.ACCEPTED, a.assessment(), a.appealLevel(), a.notice(), a.rejection(), event);
        }
        if (event instanceof CertificateEvent.Assessed e) {
            return a.next(
                    ApplicationStage.ASSESSED,
                    Optional.of(e.assessment()),
                    a.appealLevel(),
                    Optional.empty(),
                    a.rejection(),
                    event);
        }
        if (event instanceof CertificateEvent.Appealed e) {
            return a.next(
                    ApplicationStage.APPEALED,
                    a.assessment(),
                    Optional.of(e.level()),
                    a.notice(),
                    a.rejection(),
                    event);
        }
        if (event instanceof CertificateEvent.AppealDecided e) {
            return a.next(
                    ApplicationStage.ASSESSED,
                    Optional.of(e.decision()),
                    Optional.of(e.level()),
                    Optional.empty(),
                    a.rejection(),
                    event);
        }
        if (event instanceof CertificateEvent.NoticePosted e) {
            return a.next(
                    ApplicationStage.IN_NOTICE, a.assessment(), a.appealLevel(), Optional.of(e), a.rejection(), event);
        }
        if (event instanceof CertificateEvent.Approved) {
            return a.next(ApplicationStage.APPROVED, a.assessment(), a.appealLevel(), a.notice(), a.rejection(), event);
        }
        if (event instanceof CertificateEvent.Rejected e) {
            return a.next(
                    ApplicationStage.REJECTED,
                    a.assessment(),
                    a.appealLevel(),
                    a.notice(),
                    Optional.of(e.reason()),
                    event);
        }
        if (event instanceof CertificateEvent.Issued e) {
            List<CertificateEvent> h = new java.util.ArrayList<>(a.history());
            h.add(e);
            return new Certificate(
                    e.number(),
                    a.holder(),
                    e.rating(),
                    e.issuer(),
                    e.date(),
                    e.validUntil(),
                    Optional.empty(),
                    List.of(),
                    a.appliedOn(),
                    h);
        }
        throw corrupt(a.describe(event.date()), event);
    }

    private static CertificateState evolveCertificate(Certificate c, CertificateEvent event) {
        Certificate.Change change = c.change();
        if (event instanceof CertificateEvent.Renewed e) {
            return change.validUntil(e.validUntil()).record(event);
        }
        if (event instanceof CertificateEvent.Replaced e) {
            return change.number(e.number())
                    .voiding(
                            Optional.of(new Certificate.VoidedNumber(e.voided(), e.date(), CertificateStatus.REPLACED)))
                    .record(event);
        }
        if (event instanceof CertificateEvent.RatingChanged e) {
            // A change of rating that keeps the number (same category and grade digits) voids nothing.
            return change.number(e.number())
                    .rating(e.reassessment().rating().orElseThrow())
                    .issuedOn(e.date())
                    .validUntil(e.validUntil())
                    .voiding(
                            e.superseded().equals(e.number())
                                    ? Optional.empty()
                                    : Optional.of(new Certificate.VoidedNumber(
                                            e.superseded(), e.date(), CertificateStatus.SUPERSEDED)))
                    .record(event);
        }
        if (event instanceof CertificateEvent.Transferred e) {
            return change.issuer(e.to()).record(event);
        }
        if (event instanceof CertificateEvent.Cancelled e) {
            return change.cancellation(e).record(event);
        }
        if (event instanceof CertificateEvent.Exchanged
                || event instanceof CertificateEvent.Appealed
                || event instanceof CertificateEvent.AppealDecided) {
            // Exchanges and appeals change no detail: they are only recorded.
            return change.record(event);
        }
        throw corrupt(c.describe(event.date()), event);
    }

    private static IllegalStateException corrupt(String state, CertificateEvent event) {
        return new IllegalStateException("event " + event.type() + " of " + event.date() + " cannot follow " + state);
    }

    /**
     * Rebuilds a state from its history.
     *
     * @param history the events, oldest first, starting with {@link CertificateEvent.Applied}
     * @return the state they lead to
     * @throws IllegalStateException if an event cannot follow the state before it, or the history is empty
     */
    public static CertificateState replay(List<CertificateEvent> history) {
        if (history.isEmpty()) {
            throw new IllegalStateException("an empty history has no state");
        }
        CertificateState state = null;
        for (CertificateEvent e : history) {
            state = evolve(state, e);
        }
        return state;
    }

    /**
     * The appeal chain against the last reassessment of a certificate, read from its history: what can be appealed
     * (the reassessment, or the last decision on it), the level reached, and whether an appeal is pending. A change
     * of rating that puts an appeal decision in force continues the chain instead of starting a new one.
     */
    private record ReassessmentAppeal(Optional<Assessment> appealable, Optional<AppealLevel> level, boolean pending) {
        static ReassessmentAppeal of(Certificate c) {
            Assessment appealable = null;
            AppealLevel level = null;
            Assessment lastDecision = null;
            boolean pending = false;
            for (CertificateEvent e : c.history()) {
                if (e instanceof CertificateEvent.Issued) {
                    appealable = null;
                    level = null;
                    lastDecision = null;
                    pending = false;
                } else if (e instanceof CertificateEvent.RatingChanged r) {
                    if (lastDecision == null || !r.reassessment().equals(lastDecision)) {
                        appealable = r.reassessment();
                        level = null;
                        lastDecision = null;
                        pending = false;
                    }
                } else if (appealable != null && e instanceof CertificateEvent.Appealed a) {
                    level = a.level();
                    pending = true;
                } else if (appealable != null && e instanceof CertificateEvent.AppealDecided d) {
                    level = d.level();
                    lastDecision = d.decision();
                    appealable = d.decision();
                    pending = false;
                }
            }
            return new ReassessmentAppeal(Optional.ofNullable(appealable), Optional.ofNullable(level), pending);
        }
    }

    /** A decided event or a violated rule. */
    private static final class Step {
        final CertificateEvent event;
        final Violation violation;

        Step(CertificateEvent event, Violation violation) {
            this.event = event;
            this.violation = violation;
        }

        static Step ok(CertificateEvent event) {
            return new Step(event, null);
        }

        static Step no(String rule, String reason) {
            return new Step(null, new Violation(rule, reason));
        }
    }
}
