package org.canlian.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canlian.core.certificate.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.canlian.core.calendar.WorkingCalendar;
import org.canlian.core.certificate.CertificateCommand.*;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.json.CertificateJson;
import org.canlian.core.person.ResidentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random lives of a few people through the procedure, each seed replayable: whatever the commands, every state is
 * rebuilt by its history, histories only grow, numbers parse back, and no person ever has two live files.
 */
class CertificateLifecyclePropertyTest {
    private static final WorkingCalendar MON_FRI = WorkingCalendar.mondayToFriday();
    private static final List<DivisionCode> COUNTIES =
            List.of(COUNTY, OTHER_COUNTY, DivisionCode.parse("110107"), DivisionCode.parse("1101"));
    private static final IssuingClerk UNSIGNED = new IssuingClerk("X-9", Optional.empty(), Optional.empty());
    private static final DisabilityCategory[] SINGLE = {
        DisabilityCategory.VISUAL,
        DisabilityCategory.HEARING,
        DisabilityCategory.SPEECH,
        DisabilityCategory.PHYSICAL,
        DisabilityCategory.INTELLECTUAL,
        DisabilityCategory.PSYCHOSOCIAL
    };

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 150);
    }

    /** What one seed did, for the check that the walk is not trivial. */
    record Tally(int done, int refused, int issued) {}

    @ParameterizedTest
    @MethodSource("seeds")
    void randomCommandSequencesKeepTheInvariants(long seed) {
        Tally t = walk(seed);
        assertThat(t.done()).as("steps taken with seed %d", seed).isGreaterThan(10);
    }

    @Test
    void theWalksIssueReplaceAndRefuseOften() {
        int issued = 0;
        int refused = 0;
        for (long seed = 1; seed <= 50; seed++) {
            Tally t = walk(seed);
            issued += t.issued();
            refused += t.refused();
        }
        assertThat(issued).isGreaterThan(50);
        assertThat(refused).isGreaterThan(50);
    }

    private static Tally walk(long seed) {
        Random rnd = new Random(seed);
        List<ResidentId> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(randomPerson(rnd));
        }
        Map<ResidentId, CertificateState> current = new HashMap<>();
        InMemoryCertificateRegistry registry = InMemoryCertificateRegistry.empty();
        LocalDate date = LocalDate.of(2025, 1, 2);
        int done = 0;
        int refused = 0;
        int issued = 0;
        for (int i = 0; i < 80; i++) {
            date = rnd.nextInt(20) == 0 ? date.plusYears(3 + rnd.nextInt(8)) : date.plusDays(1 + rnd.nextInt(9));
            ResidentId person = people.get(rnd.nextInt(people.size()));
            CertificateState before = current.get(person);
            Outcome outcome;
            if (before == null || closed(before) || rnd.nextInt(15) == 0) {
                outcome = CertificateLifecycle.apply(randomApply(rnd, person), date, RULES, registry);
            } else {
                outcome = CertificateLifecycle.handle(before, randomCommand(rnd, before, date), date, RULES, MON_FRI);
            }
            if (outcome instanceof Outcome.Done d) {
                done++;
                CertificateState after = d.state();
                if (d.event() instanceof CertificateEvent.Issued) {
                    issued++;
                }
                if (d.event() instanceof CertificateEvent.Applied) {
                    assertThat(after.history()).containsExactly(d.event());
                } else {
                    assertThat(after.history())
                            .as("history is append-only")
                            .startsWith(before.history().toArray(CertificateEvent[]::new))
                            .hasSize(before.history().size() + 1);
                }
                current.put(person, after);
                registry = registry.with(after);
            } else {
                refused++;
                Refusal r = ((Outcome.Refused) outcome).refusal();
                assertThat(r.message()).doesNotContain(person.reveal());
            }
            checkInvariants(registry, people, date);
        }
        for (CertificateState s : registry.all()) {
            assertThat(CertificateJson.readState(CertificateJson.write(s))).isEqualTo(s);
        }
        return new Tally(done, refused, issued);
    }

    private static void checkInvariants(InMemoryCertificateRegistry registry, List<ResidentId> people, LocalDate date) {
        for (ResidentId p : people) {
            long live = registry.filesOf(p).stream()
                    .filter(s -> s instanceof Certificate c
                            ? c.cancellation().isEmpty()
                            : ((Application) s).stage() != ApplicationStage.REJECTED)
                    .count();
            assertThat(live).as("live files of one person").isLessThanOrEqualTo(1);
        }
        for (CertificateState s : registry.all()) {
            assertThat(CertificateLifecycle.replay(s.history()))
                    .as("history rebuilds state")
                    .isEqualTo(s);
            for (int i = 1; i < s.history().size(); i++) {
                assertThat(s.history().get(i).date())
                        .isAfterOrEqualTo(s.history().get(i - 1).date());
            }
            if (s instanceof Certificate c) {
                assertParsesBack(c.number());
                c.voided().forEach(v -> assertParsesBack(v.number()));
                assertThat(c.number().residentId()).isEqualTo(c.holder());
                assertThat(c.statusOn(date)).isNotEqualTo(CertificateStatus.NOT_YET_ISSUED);
            }
        }
    }

    private static void assertParsesBack(CertificateNumber n) {
        assertThat(CertificateNumber.parse(n.reveal(), LocalDate.of(2100, 1, 1)))
                .isEqualTo(n);
    }

    private static boolean closed(CertificateState s) {
        return s instanceof Certificate c
                ? c.cancellation().isPresent()
                : ((Application) s).stage() == ApplicationStage.REJECTED;
    }

    private static ResidentId randomPerson(Random rnd) {
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(rnd.nextInt(365 * 72));
        String birth = born.toString().replace("-", "");
        return id("110105", birth, String.format("%03d", rnd.nextInt(1000)));
    }

    private static Apply randomApply(Random rnd, ResidentId person) {
        DisabilityCategory claimed =
                rnd.nextInt(8) == 0 ? DisabilityCategory.MULTIPLE : SINGLE[rnd.nextInt(SINGLE.length)];
        Applicant applicant = rnd.nextBoolean() ? new Applicant.Guardian(GUARDIAN, "监护人") : new Applicant.Self();
        DivisionCode county = rnd.nextInt(10) == 0 ? COUNTIES.get(rnd.nextInt(COUNTIES.size())) : COUNTY;
        return new Apply(person, county, VILLAGE, applicant, claimed);
    }

    private static DisabilityRating randomRating(Random rnd) {
        if (rnd.nextInt(6) == 0) {
            return DisabilityRating.multiple(List.of(
                    new DisabilityRating.Component(DisabilityCategory.VISUAL, DisabilityGrade.of(1 + rnd.nextInt(4))),
                    new DisabilityRating.Component(
                            DisabilityCategory.PHYSICAL, DisabilityGrade.of(1 + rnd.nextInt(4)))));
        }
        return DisabilityRating.single(SINGLE[rnd.nextInt(SINGLE.length)], DisabilityGrade.of(1 + rnd.nextInt(4)));
    }

    private static Assessment randomAssessment(Random rnd, LocalDate notBefore, LocalDate date) {
        LocalDate on = date.minusDays(rnd.nextInt(3));
        if (on.isBefore(notBefore)) {
            on = notBefore;
        }
        return rnd.nextInt(8) == 0
                ? Assessment.notQualifying(HOSPITAL, on, rnd.nextBoolean())
                : Assessment.qualifying(HOSPITAL, on, rnd.nextBoolean(), randomRating(rnd));
    }

    private static IssuingClerk clerk(Random rnd) {
        return rnd.nextInt(10) == 0 ? UNSIGNED : CLERK;
    }

    private static CertificateCommand randomCommand(Random rnd, CertificateState state, LocalDate date) {
        LocalDate last = state.lastEventDate();
        if (state instanceof Application a) {
            if (rnd.nextInt(15) == 0) {
                return new Reject("random rejection");
            }
            return switch (a.stage()) {
                case APPLIED -> new Accept();
                case ACCEPTED -> new Assess(randomAssessment(rnd, last, date));
                case ASSESSED ->
                    a.assessment().orElseThrow().rating().isEmpty() || rnd.nextInt(5) == 0
                            ? new Appeal("disagree")
                            : new PostNotice(VILLAGE);
                case APPEALED -> new DecideAppeal(randomAssessment(rnd, last, date));
                case IN_NOTICE -> rnd.nextInt(6) == 0 ? new Appeal("late objection") : new Approve();
                case APPROVED -> new Issue(clerk(rnd));
                case REJECTED -> new Accept();
            };
        }
        Certificate c = (Certificate) state;
        if (rnd.nextInt(6) == 0) {
            return rnd.nextBoolean()
                    ? new Appeal("disagree with the reassessment")
                    : new DecideAppeal(randomAssessment(rnd, last, date));
        }
        return switch (rnd.nextInt(9)) {
            case 0, 1 -> new Renew(clerk(rnd));
            case 2, 3 -> new ReplaceLost(clerk(rnd));
            case 4 -> new ExchangeDamaged(clerk(rnd));
            case 5 -> new ChangeRating(randomAssessment(rnd, last, date), clerk(rnd));
            case 6 -> new Transfer(COUNTIES.get(rnd.nextInt(COUNTIES.size())), date.minusDays(rnd.nextInt(30)));
            case 7 ->
                rnd.nextInt(3) == 0
                        ? new Cancel(new CancellationReason.Death(date.minusDays(rnd.nextInt(10))))
                        : new Renew(clerk(rnd));
            default ->
                new Cancel(
                        rnd.nextBoolean()
                                ? new CancellationReason.NoLongerMeetsStandard(randomAssessment(rnd, last, date))
                                : new CancellationReason.WrittenRequest(
                                        rnd.nextBoolean()
                                                ? new Applicant.Self()
                                                : new Applicant.Guardian(GUARDIAN, "监护人")));
        };
    }
}
