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
        List<CertificateNumber> numbers = SampleData.withSeed(11)
                .certificateNumbers(DivisionCode.parse("620723"), LocalDate.of(1931, 1, 1), LocalDate.of(2020, 12, 31))
                .limit(50_000)
                .toList();
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
}
