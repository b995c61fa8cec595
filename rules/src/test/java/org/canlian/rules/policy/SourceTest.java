package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A policy value's source: what it must name, and its one-line citation. */
class SourceTest {
    private static final LocalDate DATE = LocalDate.of(2024, 1, 1);

    @Test
    void aCitationNamesIssuerDocumentArticleDateAndAnyNote() {
        Source s = Source.of("临泽县民政局", "临民发〔2024〕1号", "第三条", DATE);
        assertThat(s.citation()).isEqualTo("临泽县民政局, 临民发〔2024〕1号, 第三条 (2024-01-01)");
        assertThat(s.withUrl("https://example.org/1").citation()).isEqualTo(s.citation());
        assertThat(s.withUrl("https://example.org/1").url()).contains("https://example.org/1");
        assertThat(s.withNote("illustrative").citation())
                .isEqualTo("临泽县民政局, 临民发〔2024〕1号, 第三条 (2024-01-01) [illustrative]");
    }

    static Stream<Arguments> blanks() {
        return Stream.of(
                arguments((Supplier<?>) () -> Source.of("", "doc", "art", DATE), "issuer"),
                arguments((Supplier<?>) () -> Source.of("issuer", " ", "art", DATE), "document"),
                arguments((Supplier<?>) () -> Source.of("issuer", "doc", "\t", DATE), "article"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("blanks")
    void aSourceNamesItsIssuerDocumentAndArticle(Supplier<?> make, String field) {
        assertThatThrownBy(make::get)
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Invalid policy source " + field + " \"\": a source names its " + field);
    }
}
