package org.canlian.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.canlian.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class ResidentIdSmokeTest {
    @Test
    void readsTheKnownValidId() {
        ResidentId id = ResidentId.parse("11010519491231002x");
        assertThat(id.reveal()).isEqualTo("11010519491231002X");
        assertThat(id).hasToString("110105********002X");
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(ResidentId.fromLegacy("110105491231002")).isEqualTo(id);
    }

    @Test
    void rejectsIdWithWrongCheckCharacter() {
        assertThatThrownBy(() -> ResidentId.parse("110105194912310021"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid resident ID 110105********0021: check character should be X");
    }
}
