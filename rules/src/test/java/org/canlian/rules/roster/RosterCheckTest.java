package org.canlian.rules.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.canlian.core.InvalidValueException;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.person.ResidentId;
import org.canlian.core.sample.SampleData;
import org.junit.jupiter.api.Test;

class RosterCheckTest {
    /** Seeded certificate numbers of people born in 临泽县 from 1931 to 2020. */
    static List<CertificateNumber> numbers(long seed, int count) {
        return SampleData.withSeed(seed)
                .certificateNumbers(DivisionCode.parse("620723"), LocalDate.of(1931, 1, 1), LocalDate.of(2020, 12, 31))
                .limit(count)
                .toList();
    }

    @Test
    void aSecondRowOfTheSamePersonNamesTheEarlierLine() {
        RosterCheck check = RosterCheck.create();
        RosterRow row = RosterRowTest.valid().build();
        check.add(2, row);
        assertThatThrownBy(() -> check.add(9, row))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("one-certificate-per-person"))
                .hasMessage("Invalid resident ID 620723********4623: already holds the certificate on line 2 (one"
                        + " person, one certificate)");
        assertThat(check.size()).isEqualTo(1);
    }

    @Test
    void aReplacementCertificateOfTheSamePersonIsTheSamePerson() {
        RosterCheck check = RosterCheck.create();
        check.add(2, RosterRowTest.valid().build());
        RosterRow replacement = RosterRowTest.valid()
                .certificateNumber(CertificateNumber.parse(RosterRowTest.NUMBER + "B1", RosterRowTest.AS_OF))
                .build();
        assertThatThrownBy(() -> check.add(3, replacement)).hasMessageContaining("on line 2");
    }

    @Test
    void remembersEveryHolderOfALargeRosterAndNoOneElse() {
        RosterCheck check = RosterCheck.create();
        List<CertificateNumber> numbers = numbers(11, 50_000);
        Set<ResidentId> seen = new HashSet<>();
        int line = 1;
        for (CertificateNumber n : numbers) {
            line++;
            if (n.category() == org.canlian.core.disability.DisabilityCategory.MULTIPLE) {
                continue;
            }
            RosterRow row = RosterRowTest.valid()
                    .certificateNumber(n)
                    .validity(
                            n.residentId().birthDate().plusYears(1),
                            n.residentId().birthDate().plusYears(11))
                    .build();
            check.add(line, row);
            seen.add(n.residentId());
        }
        assertThat(check.size()).isEqualTo(seen.size());
        assertThat(check.lineOf(numbers.get(0).residentId())).hasValue(2);
        assertThat(check.lineOf(ResidentId.parse("11010519491231002X"))).isEmpty();
    }

    @Test
    void aHoldersKeyIsTheFirstSeventeenDigitsOfTheResidentIdPlusOne() {
        assertThat(RosterCheck.holderKey(ResidentId.parse("11010519491231002X")))
                .isEqualTo(11_010_519_491_231_003L);
        assertThat(RosterCheck.holderKey(ResidentId.parse("620723196604274623")))
                .isEqualTo(62_072_319_660_427_463L);
    }

    @Test
    void earlierHoldersAreKeyedFromOneToTenToTheSeventeenthOnLinesFromOne() {
        RosterCheck check = RosterCheck.create();
        check.addEarlier(1, 1);
        check.addEarlier(100_000_000_000_000_000L, 1);
        assertThat(check.size()).isEqualTo(2);
        assertThat(check).hasToString("RosterCheck[2 holders]");
        assertThatThrownBy(() -> check.addEarlier(0, 2))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid holder key (not shown): is not a key RosterCheck.holderKey gives (1 to 10^17)");
        assertThatThrownBy(() -> check.addEarlier(100_000_000_000_000_001L, 2))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is not a key RosterCheck.holderKey gives");
        assertThatThrownBy(() -> check.addEarlier(5, 0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid roster row line 0: must be 1 or more");
    }

    @Test
    void aHolderSeenOnSeveralEarlierLinesIsNamedByTheFirst() {
        RosterCheck check = RosterCheck.create();
        ResidentId id = ResidentId.parse("620723196604274623");
        check.addEarlier(RosterCheck.holderKey(id), 7);
        check.addEarlier(RosterCheck.holderKey(id), 3);
        check.addEarlier(RosterCheck.holderKey(id), 9);
        assertThat(check.lineOf(id)).hasValue(3);
        assertThat(check.size()).isEqualTo(1);
    }

    @Test
    void remembersEveryEarlierHolderOfALargeRoster() {
        RosterCheck check = RosterCheck.create();
        List<ResidentId> ids = numbers(12, 5_000).stream()
                .map(CertificateNumber::residentId)
                .distinct()
                .toList();
        for (int i = 0; i < ids.size(); i++) {
            check.addEarlier(RosterCheck.holderKey(ids.get(i)), i + 1);
        }
        assertThat(check.size()).isEqualTo(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            assertThat(check.lineOf(ids.get(i))).hasValue(i + 1);
        }
    }
}
