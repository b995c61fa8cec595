package org.canlian.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.canlian.core.IncompleteBuilderException;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.GrassrootsAssociation;
import org.canlian.core.hierarchy.Officer;
import org.canlian.core.hierarchy.OfficerPost;
import org.canlian.core.hierarchy.OfficerQualification;
import org.canlian.core.person.ResidentId;
import org.canlian.rules.policy.InvalidPolicyException;
import org.canlian.rules.policy.PolicyFiles;
import org.canlian.rules.policy.PolicySet;
import org.canlian.rules.stipend.StipendCalculator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The errors a new user meets first say what is wrong and what to do instead. */
class FirstErrorsTest {
    private static final String COUNTY_A = "/org/canlian/rules/policy/examples/county-a.json";

    static Stream<Arguments> firstErrors() {
        return Stream.of(
                arguments(
                        "a resource path without its leading /",
                        (ThrowingCallable) () -> PolicyFiles.readResource(RulesCatalog.all(), COUNTY_A.substring(1)),
                        InvalidValueException.class,
                        "Invalid policy resource \"org/canlian/rules/policy/examples/county-a.json\": is not found: a"
                                + " classpath resource path starts with '/', write"
                                + " \"/org/canlian/rules/policy/examples/county-a.json\""),
                arguments(
                        "a relative resource path that is not there either",
                        (ThrowingCallable) () -> PolicyFiles.readResource(RulesCatalog.all(), "policy/my-county.json"),
                        InvalidValueException.class,
                        "Invalid policy resource \"policy/my-county.json\": is not on the classpath; a classpath"
                                + " resource path starts with '/', e.g. \"" + COUNTY_A
                                + "\" (for a file, use PolicyFiles.read(catalog, Path))"),
                arguments(
                        "an absolute resource path not on the classpath",
                        (ThrowingCallable) () -> PolicyFiles.readResource(RulesCatalog.all(), "/policy/my-county.json"),
                        InvalidValueException.class,
                        "Invalid policy resource \"/policy/my-county.json\": is not on the classpath (for a file, use"
                                + " PolicyFiles.read(catalog, Path))"),
                arguments(
                        "a file path passed where JSON text is expected",
                        (ThrowingCallable)
                                () -> PolicyFiles.read(RulesCatalog.all(), "policy/my-county.json", "my-county.json"),
                        InvalidPolicyException.class,
                        "Invalid policy my-county.json (1 error):\n  $: this is a file name, not JSON text:"
                                + " \"policy/my-county.json\"; read a file with PolicyFiles.read(catalog,"
                                + " Path.of(\"policy/my-county.json\")) or a classpath resource with"
                                + " PolicyFiles.readResource(catalog, \"/...\")"),
                arguments(
                        "a Windows file name passed where JSON text is expected",
                        (ThrowingCallable) () -> PolicyFiles.read(RulesCatalog.all(), "C:\\policy\\a.JSON", "a"),
                        InvalidPolicyException.class,
                        "Invalid policy a (1 error):\n  $: this is a file name, not JSON text: \"C:\\policy\\a.JSON\";"
                                + " read a file with PolicyFiles.read(catalog, Path.of(\"C:\\policy\\a.JSON\")) or a"
                                + " classpath resource with PolicyFiles.readResource(catalog, \"/...\")"),
                arguments(
                        "a policy file that does not exist",
                        (ThrowingCallable) () -> PolicyFiles.read(RulesCatalog.all(), Path.of("no-such-policy.json")),
                        UncheckedIOException.class,
                        "file not found: no-such-policy.json"),
                arguments(
                        "an officer outside every region of the policy",
                        (ThrowingCallable) () -> StipendCalculator.of(countyA())
                                .month(villageOfficer("620723101201"), YearMonth.of(2024, 1)),
                        InvalidValueException.class,
                        "Invalid officer's unit 620723101201: is in none of the regions for which the policy \""
                                + countyA().name() + "\" sets officers' stipends (629901); read the policy file of the"
                                + " officer's county and merge it in (PolicySet.merge)"),
                arguments(
                        "an officer with most attributes left out",
                        (ThrowingCallable) () -> Officer.builder()
                                .person(ResidentId.parse("11010519491231002X"))
                                .post(OfficerPost.VILLAGE)
                                .build(),
                        IncompleteBuilderException.class,
                        "Cannot build Officer: missing qualification, unit, openSelection, contractStart,"
                                + " contractEnd, combinesPublicWelfarePost (set each on the builder, e.g."
                                + " .qualification(...), before build()) (rule required-attributes)"),
                arguments(
                        "an association with one attribute left out",
                        (ThrowingCallable) () ->
                                GrassrootsAssociation.builder().formed(true).build(),
                        IncompleteBuilderException.class,
                        "Cannot build GrassrootsAssociation: missing activityRoom (set it on the builder, e.g."
                                + " .activityRoom(...), before build()) (rule required-attributes)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstErrors")
    void saysWhatIsWrongAndWhatToDo(
            String situation, ThrowingCallable call, Class<? extends Throwable> type, String message) {
        assertThatThrownBy(call).isInstanceOf(type).hasMessage(message);
    }

    private static PolicySet countyA() {
        return PolicyFiles.readResource(RulesCatalog.all(), COUNTY_A);
    }

    private static Officer villageOfficer(String unit) {
        return Officer.builder()
                .person(ResidentId.parse("11010519491231002X"))
                .qualification(OfficerQualification.CERTIFICATE_HOLDER)
                .unit(DivisionCode.parse(unit))
                .post(OfficerPost.VILLAGE)
                .openSelection(true)
                .contractStart(LocalDate.of(2020, 1, 1))
                .contractEnd(LocalDate.of(2026, 12, 31))
                .combinesPublicWelfarePost(false)
                .build();
    }
}
