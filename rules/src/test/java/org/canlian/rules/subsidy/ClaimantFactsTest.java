package org.canlian.rules.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canlian.rules.subsidy.TestClaimants.baseline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.canlian.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A claimant gives back each fact it was given and leaves the others unknown; its certificate is valid in a period
 * from its first day to its last, until the day it is cancelled.
 */
class ClaimantFactsTest {
    private static final Claimant KNOWN = baseline()
            .childSupport(true)
            .destituteSupport(true)
            .allowance(Allowance.OLD_AGE, Money.ofYuan(100))
            .certificateCancelled(LocalDate.of(2025, 3, 1))
            .build();
    private static final Claimant UNKNOWN =
            Claimant.builder().registration(TestClaimants.COUNTY).build();

    static Stream<Arguments> facts() {
        return Stream.of(
                Arguments.of("child support", (Function<Claimant, Optional<?>>) Claimant::childSupport, true),
                Arguments.of("destitute support", (Function<Claimant, Optional<?>>) Claimant::destituteSupport, true),
                Arguments.of("work-injury care", (Function<Claimant, Optional<?>>) Claimant::workInjuryCare, false),
                Arguments.of(
                        "allowances",
                        (Function<Claimant, Optional<?>>) Claimant::allowances,
                        Map.of(Allowance.OLD_AGE, Money.ofYuan(100))),
                Arguments.of(
                        "cancelled on",
                        (Function<Claimant, Optional<?>>) Claimant::cancelledOn,
                        LocalDate.of(2025, 3, 1)),
                Arguments.of(
                        "applied for care",
                        (Function<Claimant, Optional<?>>) c -> c.appliedOn(Programme.CARE),
                        LocalDate.of(2025, 1, 10)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void givesBackEachFactItWasGivenAndLeavesTheOthersUnknown(
            String fact, Function<Claimant, Optional<?>> read, Object value) {
        assertThat(read.apply(KNOWN).orElseThrow()).isEqualTo(value);
        assertThat(read.apply(UNKNOWN)).isEmpty();
    }

    @Test
    void eventsAreKeptInDateOrderAndAllowancesNotReceivedAreMarked() {
        Claimant c = baseline()
                .event(StopReason.MOVED_OUT, LocalDate.of(2025, 9, 1))
                .event(StopReason.DEATH, LocalDate.of(2025, 6, 3))
                .build();
        assertThat(c.events())
                .containsExactly(
                        new StopEvent(StopReason.DEATH, LocalDate.of(2025, 6, 3)),
                        new StopEvent(StopReason.MOVED_OUT, LocalDate.of(2025, 9, 1)));
        // Fen per allowance for the compiled rules: -1 for one not received.
        assertThat(KNOWN.allowanceFen()).containsExactly(10_000, -1, -1, -1);
        assertThat(UNKNOWN.allowanceFen()).isNull();
    }

    @Test
    void factsAreCompleteOnlyWhenEveryFactIsKnown() {
        assertThat(baseline().build().factsComplete()).isTrue();
        assertThat(UNKNOWN.factsComplete()).isFalse();
        assertThat(Claimant.builder()
                        .residentId(baseline().build().residentId().orElseThrow())
                        .build()
                        .factsComplete())
                .isFalse();
    }

    @Test
    void toStringShowsOnlyTheFactsKnown() {
        Claimant c = KNOWN.toBuilder()
                .notApplied(Programme.COLLEGE)
                .event(StopReason.DEATH, LocalDate.of(2025, 6, 3))
                .build();
        assertThat(c.toString())
                .startsWith("Claimant[id=629901********")
                .contains(
                        ", rating=PHYSICAL/TWO, certificate=2020-01-01..2030-01-01 cancelled 2025-03-01",
                        ", registration=629901",
                        ", type=RURAL",
                        ", household=NONE",
                        ", childSupport=true",
                        ", destituteSupport=true",
                        ", workInjuryCare=false",
                        ", longTermCare=false",
                        ", fixedIncome=false",
                        ", lowerLimb=false",
                        ", ownsVehicle=false",
                        ", schooling=NONE",
                        ", allowances={OLD_AGE=",
                        ", applied={LIVING=2025-01-10",
                        ", notApplied=[COLLEGE]",
                        ", events=[StopEvent[reason=DEATH, date=2025-06-03]]")
                .endsWith("]");
        assertThat(baseline().build().toString()).doesNotContain("cancelled").doesNotContain("events=");
        assertThat(UNKNOWN.toString()).isEqualTo("Claimant[id=?, registration=629901]");
    }

    static Stream<Arguments> periods() {
        // Valid 2020-01-01 to 2030-01-01; KNOWN is cancelled on 2025-03-01, valid until the day before.
        return Stream.of(
                Arguments.of(baseline().build(), "2030-01-01", "2030-01-31", true), // its last day
                Arguments.of(baseline().build(), "2030-01-02", "2030-01-31", false),
                Arguments.of(baseline().build(), "2019-12-01", "2020-01-01", true), // its first day
                Arguments.of(baseline().build(), "2019-12-01", "2019-12-31", false),
                Arguments.of(KNOWN, "2025-02-01", "2025-02-28", true),
                Arguments.of(KNOWN, "2025-02-28", "2025-03-31", true), // valid on the day before cancellation
                Arguments.of(KNOWN, "2025-03-01", "2025-03-31", false), // cancelled on the first day
                Arguments.of(UNKNOWN, "2025-03-01", "2025-03-31", null)); // no certificate known
    }

    @ParameterizedTest
    @MethodSource("periods")
    void theCertificateIsValidInAPeriodItOverlapsBeforeItIsCancelled(
            Claimant c, String first, String last, Boolean valid) {
        assertThat(c.certificateValidWithin(LocalDate.parse(first), LocalDate.parse(last)))
                .isEqualTo(valid);
    }
}
