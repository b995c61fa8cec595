package org.canlian.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canlian.core.certificate.Fixtures.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bar on a new application after a cancellation is a period in years or months of the Civil Code: the day of
 * the cancellation is not counted (art. 201) and the bar ends on the corresponding day of its last month, or that
 * month's last day (art. 202); the last day is barred.
 */
class ReapplicationBarTest {
    /** Issued 2025-03-20; cancelled on {@code day} at the holder's request. */
    static Certificate cancelledOn(LocalDate day) {
        return (Certificate) step(
                issued(),
                new CertificateCommand.Cancel(new CancellationReason.WrittenRequest(new Applicant.Self())),
                day);
    }

    static Stream<Arguments> bars() {
        return Stream.of(
                Arguments.of("2037-03-01", "P1Y", "2038-03-01"),
                Arguments.of("2027-05-10", "P1Y", "2028-05-10"),
                Arguments.of("2028-02-29", "P1Y", "2029-02-28"), // no 29 February: the month's last day
                Arguments.of("2027-02-28", "P1Y", "2028-02-28"), // the corresponding day of a leap February
                Arguments.of("2026-08-31", "P6M", "2027-02-28"),
                Arguments.of("2028-01-31", "P1M", "2028-02-29"),
                Arguments.of("2026-03-31", "P1M", "2026-04-30"),
                Arguments.of("2026-06-15", "P90D", "2026-09-13"));
    }

    @ParameterizedTest(name = "cancelled {0}, bar {1}: barred through {2}")
    @MethodSource("bars")
    void aNewApplicationIsBarredThroughTheBarsLastDay(String cancelled, String bar, String lastBarred) {
        CertificateRules rules = RULES.withReapplicationBar(Period.parse(bar));
        InMemoryCertificateRegistry files =
                InMemoryCertificateRegistry.of(List.of(cancelledOn(LocalDate.parse(cancelled))));
        LocalDate last = LocalDate.parse(lastBarred);

        Optional<Refusal> onLastDay = files.checkNewApplication(ADULT, last, rules);
        assertThat(onLastDay).map(Refusal::rule).contains("reapplication-bar");
        assertThat(onLastDay.orElseThrow().reason())
                .isEqualTo("certificate 110105********002X42 was cancelled on " + cancelled
                        + "; no new application within " + bar + " of the cancellation, that is through " + lastBarred);
        assertThat(files.checkNewApplication(ADULT, LocalDate.parse(cancelled), rules))
                .as("the day of the cancellation")
                .isPresent();
        assertThat(files.checkNewApplication(ADULT, last.plusDays(1), rules)).isEmpty();
    }

    @ParameterizedTest(name = "cancelled {0}")
    @MethodSource("bars")
    void noBarAllowsANewApplicationOnTheDayOfTheCancellation(String cancelled, String bar, String lastBarred) {
        InMemoryCertificateRegistry files =
                InMemoryCertificateRegistry.of(List.of(cancelledOn(LocalDate.parse(cancelled))));
        assertThat(files.checkNewApplication(
                        ADULT, LocalDate.parse(cancelled), RULES.withReapplicationBar(Period.ZERO)))
                .isEmpty();
    }
}
