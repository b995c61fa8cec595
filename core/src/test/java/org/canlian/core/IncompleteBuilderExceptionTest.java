package org.canlian.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IncompleteBuilderExceptionTest {
    static Stream<Arguments> generatedMessages() {
        return Stream.of(
                // what Immutables says, the type, the attributes never set, our message
                Arguments.of(
                        "Cannot build Officer, some of required attributes are not set [person, unit]",
                        "Officer",
                        List.of("person", "unit"),
                        "Cannot build Officer: missing person, unit (set each on the builder, e.g. .person(...),"
                                + " before build()) (rule required-attributes)"),
                Arguments.of(
                        "Cannot build Stipend, some of required attributes are not set [month]",
                        "Stipend",
                        List.of("month"),
                        "Cannot build Stipend: missing month (set it on the builder, e.g. .month(...), before"
                                + " build()) (rule required-attributes)"),
                // spaces and empty names between the commas are not attributes
                Arguments.of(
                        "Cannot build Payroll, some of required attributes are not set [ county , , month ]",
                        "Payroll",
                        List.of("county", "month"),
                        "Cannot build Payroll: missing county, month (set each on the builder, e.g. .county(...),"
                                + " before build()) (rule required-attributes)"),
                // found inside a longer text, as a wrapping exception may give it
                Arguments.of(
                        "java.lang.IllegalStateException: Cannot build Officer, some of required attributes are not"
                                + " set [grade]",
                        "Officer",
                        List.of("grade"),
                        "Cannot build Officer: missing grade (set it on the builder, e.g. .grade(...), before"
                                + " build()) (rule required-attributes)"),
                // nothing listed: Immutables' own words are kept
                Arguments.of(
                        "Cannot build Officer, some of required attributes are not set []",
                        "Officer",
                        List.of(),
                        "Cannot build Officer, some of required attributes are not set []"),
                // another refusal of Immutables, and no message at all
                Arguments.of(
                        "Cannot build Officer, attribute initializers form cycle [total]",
                        "value",
                        List.of(),
                        "Cannot build Officer, attribute initializers form cycle [total]"),
                Arguments.of(null, "value", List.of(), "null"));
    }

    @ParameterizedTest
    @MethodSource("generatedMessages")
    void namesTheTypeAndEveryAttributeNeverSet(String generated, String type, List<String> missing, String message) {
        IncompleteBuilderException e = new IncompleteBuilderException(generated);

        assertThat(e.type()).isEqualTo(type);
        assertThat(e.missingAttributes()).isEqualTo(missing);
        assertThat(e).hasMessage(message).isInstanceOf(IllegalStateException.class);
        assertThat(e.rule()).isEqualTo("required-attributes");
    }
}
