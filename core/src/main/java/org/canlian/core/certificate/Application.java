package org.canlian.core.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.InvalidValueException;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.person.ResidentId;

/**
 * An application for a certificate, before issue: who applied where, its {@link ApplicationStage}, the assessment,
 * appeal and public notice so far, and its history. Made by {@link CertificateLifecycle#apply}, moved on by
 * {@link CertificateLifecycle#handle}.
 *
 * <pre>{@code
 * Application a = (Application) CertificateLifecycle.apply(applyCommand, date, rules, registry).stateOrThrow();
 * a.stage();          // APPLIED
 * }</pre>
 *
 * <p>This record is immutable and thread-safe; {@code toString()} masks resident IDs.
 *
 * @param holder the person the certificate is for
 * @param county the county federation applied to
 * @param householdRegistration place of household registration
 * @param applicant the person or a guardian
 * @param claimedCategory the category applied for
 * @param appliedOn the application date
 * @param stage the current stage
 * @param assessment the assessment in force (after an appeal, its decision), once assessed
 * @param appealLevel the level of the pending appeal (stage {@code APPEALED}) or of the last appeal decided
 * @param notice the public notice, once posted (cleared when an appeal reopens the assessment)
 * @param rejection the reason, once rejected
 * @param history every event, oldest first
 */
public record Application(
        ResidentId holder,
        DivisionCode county,
        DivisionCode householdRegistration,
        Applicant applicant,
        DisabilityCategory claimedCategory,
        LocalDate appliedOn,
        ApplicationStage stage,
        Optional<Assessment> assessment,
        Optional<AppealLevel> appealLevel,
        Optional<CertificateEvent.NoticePosted> notice,
        Optional<String> rejection,
        List<CertificateEvent> history)
        implements CertificateState {

    /**
     * Checks the parts that each stage needs are present, and the history starts with the application.
     *
     * @param holder the person the certificate is for
     * @param county the county federation applied to
     * @param householdRegistration place of household registration
     * @param applicant the person or a guardian
     * @param claimedCategory the category applied for
     * @param appliedOn the application date
     * @param stage the current stage
     * @param assessment the assessment in force (after an appeal, its decision), once assessed
     * @param appealLevel the level of the pending appeal (stage {@code APPEALED}) or of the last appeal decided
     * @param notice the public notice, once posted (cleared when an appeal reopens the assessment)
     * @param rejection the reason, once rejected
     * @param history every event, oldest first
     */
    public Application {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(householdRegistration, "householdRegistration");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(claimedCategory, "claimedCategory");
        Objects.requireNonNull(appliedOn, "appliedOn");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(appealLevel, "appealLevel");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(rejection, "rejection");
        history = List.copyOf(history);
        if (history.isEmpty() || !(history.get(0) instanceof CertificateEvent.Applied)) {
            throw InvalidValueException.of(
                    "application history",
                    "history-starts-applied",
                    history.isEmpty() ? "[]" : "[" + history.get(0).type() + ", ...]",
                    "an application's history starts with its Applied event");
        }
        boolean assessed = stage == ApplicationStage.ASSESSED
                || stage == ApplicationStage.APPEALED
                || stage == ApplicationStage.IN_NOTICE
                || stage == ApplicationStage.APPROVED;
        if (assessed && assessment.isEmpty()) {
            throw stageNeeds(stage, "stage-assessment", "an assessment");
        }
        if ((stage == ApplicationStage.IN_NOTICE || stage == ApplicationStage.APPROVED) && notice.isEmpty()) {
            throw stageNeeds(stage, "stage-notice", "a public notice");
        }
        if (stage == ApplicationStage.APPEALED && appealLevel.isEmpty()) {
            throw stageNeeds(stage, "stage-appeal-level", "an appeal level");
        }
        if (stage == ApplicationStage.REJECTED && rejection.isEmpty()) {
            throw stageNeeds(stage, "stage-rejection", "a reason for the rejection");
        }
    }

    private static InvalidValueException stageNeeds(ApplicationStage stage, String rule, String what) {
        return InvalidValueException.of(
                "application stage", rule, stage.toString(), "an application in this stage has " + what);
    }

    static Application start(CertificateEvent.Applied e) {
        return new Application(
                e.holder(),
                e.county(),
                e.householdRegistration(),
                e.applicant(),
                e.claimedCategory(),
                e.date(),
                ApplicationStage.APPLIED,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(e));
    }

    /** A copy at another stage with other stage data, its history extended by {@code event}. */
    Application next(
            ApplicationStage newStage,
            Optional<Assessment> newAssessment,
            Optional<AppealLevel> newAppealLevel,
            Optional<CertificateEvent.NoticePosted> newNotice,
            Optional<String> newRejection,
            CertificateEvent event) {
        List<CertificateEvent> h = new ArrayList<>(history);
        h.add(event);
        return new Application(
                holder,
                county,
                householdRegistration,
                applicant,
                claimedCategory,
                appliedOn,
                newStage,
                newAssessment,
                newAppealLevel,
                newNotice,
                newRejection,
                h);
    }

    @Override
    public String describe(LocalDate date) {
        return "application " + stage;
    }
}
