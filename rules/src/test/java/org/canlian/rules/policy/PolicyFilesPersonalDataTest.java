package org.canlian.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.canlian.core.Masking;
import org.canlian.core.json.CanlianJson;
import org.canlian.core.person.ResidentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policy loader keeps the promise of core's {@code PersonalDataGuardTest}: resident IDs and certificate numbers,
 * well-formed, shifted, prefixed, padded, mistyped, typed into any field or used as a property name of a policy file,
 * never show their eight birth digits in an {@link InvalidPolicyException}, its {@link PolicyError}s or their parts.
 */
class PolicyFilesPersonalDataTest {
    private static final long SEED = 2_260L;
    private static final String[] COUNTIES = {"110105", "620723", "441900", "310104", "650102"};

    private static final ParameterDefinition<org.canlian.core.money.Money> ALLOWANCE =
            ParameterDefinition.money("test.allowance", Unit.CNY_PER_MONTH, "测试津贴", "test allowance");
    private static final ParameterDefinition<Long> COUNT =
            ParameterDefinition.count("test.count", Unit.COUNT, "人数", "count");
    private static final ParameterDefinition<java.math.BigDecimal> RATE =
            ParameterDefinition.decimal("test.rate", Unit.PERCENT, "比例", "rate");
    private static final ParameterDefinition<java.time.Period> VALIDITY =
            ParameterDefinition.period("test.validity", "有效期", "validity");
    private static final ParameterDefinition<GuardRule> RULE =
            ParameterDefinition.choice("test.rule", "规则", "rule", GuardRule.class);
    private static final List<FactCode> GRADES = List.of(
            FactCode.of("1", "一级", "grade 1"), FactCode.of("2", "二级", "grade 2"), FactCode.of("3", "三级", "grade 3"));
    private static final FactSet FACTS = FactSet.of(List.of(
            Fact.codes("grade", "残疾等级", "disability grade", GRADES), Fact.number("age", "年龄", "age", "岁", "years")));
    private static final ParameterDefinition<DecisionTable> TABLE =
            ParameterDefinition.table("test.table", "测试表", "test table", FACTS, Unit.CNY_PER_MONTH);
    private static final ParameterDefinition<CodeGroups> GROUPS =
            ParameterDefinition.groups("test.groups", "择高", "higher of", GRADES);
    private static final ParameterCatalog CATALOG =
            ParameterCatalog.of(List.of(ALLOWANCE, COUNT, RATE, VALIDITY, RULE, TABLE, GROUPS));

    /** A choice read from files by its code. */
    enum GuardRule implements PolicyCode, Bilingual {
        FIRST_MONTHS("first-months"),
        LAST_MONTHS("last-months");

        private final String code;

        GuardRule(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String chinese() {
            return code;
        }

        @Override
        public String english() {
            return code;
        }
    }

    record Shape(String name, UnaryOperator<String> of) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Shape> SHAPES = List.of(
            new Shape("resident ID", id -> id),
            new Shape("certificate number", id -> id + "41"),
            new Shape("replacement certificate number", id -> id + "72B3"),
            new Shape("shifted right", id -> "6" + id),
            new Shape("shifted left", id -> id.substring(1)),
            new Shape("prefixed No.", id -> "No. " + id + "41"),
            new Shape("leading spaces", id -> "  " + id),
            new Shape("a long prefix", id -> "cert. number " + id),
            new Shape("wrong check character", id -> id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1')),
            new Shape(
                    "a sequence digit changed",
                    id -> id.substring(0, 15) + (id.charAt(15) == '9' ? '0' : '9') + id.substring(16)),
            new Shape("a letter inserted in the address", id -> id.substring(0, 3) + "O" + id.substring(3)),
            new Shape("a letter inserted after the birth date", id -> id.substring(0, 14) + "l" + id.substring(14)),
            new Shape("full-width digits", PolicyFilesPersonalDataTest::fullWidth),
            new Shape("check character dropped", id -> id.substring(0, 17)));

    static final List<String> IDS = ids();

    static Stream<Arguments> fields() {
        Map<String, Function<String, String>> files = new LinkedHashMap<>();
        files.put("parameter key", t -> file(entry(quoted(t), "\"00\"", money("\"60.00\""))));
        files.put("region", t -> file(entry("\"test.allowance\"", quoted(t), money("\"60.00\""))));
        files.put("money value", t -> file(entry("\"test.allowance\"", "\"00\"", money(quoted(t)))));
        files.put(
                "money value, digits as a number", t -> file(entry("\"test.allowance\"", "\"00\"", money(digits(t)))));
        files.put(
                "count value, digits as a number",
                t -> file(entry("\"test.count\"", "\"00\"", value("\"2020-01-01\"", "\"count\"", digits(t) + ".5"))));
        files.put(
                "percentage",
                t -> file(entry("\"test.rate\"", "\"00\"", value("\"2020-01-01\"", "\"percent\"", quoted(t)))));
        files.put(
                "percentage, digits",
                t -> file(entry("\"test.rate\"", "\"00\"", value("\"2020-01-01\"", "\"percent\"", quoted(digits(t))))));
        files.put(
                "period",
                t -> file(entry("\"test.validity\"", "\"00\"", value("\"2020-01-01\"", "\"period\"", quoted(t)))));
        files.put(
                "choice",
                t -> file(entry("\"test.rule\"", "\"00\"", value("\"2020-01-01\"", "\"choice\"", quoted(t)))));
        files.put(
                "unit", t -> file(entry("\"test.allowance\"", "\"00\"", value("\"2020-01-01\"", quoted(t), "\"1\""))));
        files.put(
                "from date",
                t -> file(entry("\"test.allowance\"", "\"00\"", value(quoted(t), "\"CNY/month\"", "\"1\""))));
        files.put(
                "property name of a value",
                t -> file(entry(
                        "\"test.allowance\"", "\"00\"", money("\"60.00\"").replace("{", "{" + quoted(t) + ": 1, "))));
        files.put("property name of the file", t -> "{" + quoted(t) + ": 1, \"policy\": \"p\", \"parameters\": []}");
        files.put(
                "source date",
                t -> file(entry(
                        "\"test.allowance\"",
                        "\"00\"",
                        "{\"from\": \"2020-01-01\", \"value\": \"1\", \"unit\": \"CNY/month\", \"source\": {\"issuer\": \"i\","
                                + " \"document\": \"d\", \"article\": \"a\", \"date\": " + quoted(t) + "}}")));
        files.put(
                "table: fact name",
                t -> file(table("{\"rows\": [{\"when\": {" + quoted(t)
                        + ": [\"1\"]}, \"then\": {\"amount\": \"1.00\", \"unit\": \"CNY/month\"}}]}")));
        files.put(
                "table: code",
                t -> file(table("{\"rows\": [{\"when\": {\"grade\": [" + quoted(t)
                        + "]}, \"then\": {\"amount\": \"1.00\", \"unit\": \"CNY/month\"}}]}")));
        files.put(
                "table: amount",
                t -> file(table("{\"rows\": [{\"then\": {\"amount\": " + quoted(t) + ", \"unit\": \"CNY/month\"}}]}")));
        files.put(
                "table: share",
                t -> file(table("{\"rows\": [{\"then\": {\"share\": " + quoted(t)
                        + ", \"of\": \"test.allowance\", \"rounding\": \"up\", \"unit\": \"CNY/month\"}}]}")));
        files.put(
                "table: parameter of a share",
                t -> file(table("{\"rows\": [{\"then\": {\"share\": \"25\", \"of\": " + quoted(t)
                        + ", \"rounding\": \"up\", \"unit\": \"CNY/month\"}}]}")));
        files.put(
                "table: rounding",
                t -> file(table("{\"rows\": [{\"then\": {\"share\": \"25\", \"of\":"
                        + " \"test.allowance\", \"rounding\": " + quoted(t) + ", \"unit\": \"CNY/month\"}}]}")));
        files.put(
                "table: number bound",
                t -> file(table("{\"rows\": [{\"when\": {\"age\": {\"min\": " + digits(t)
                        + "}}, \"then\": {\"amount\": \"1.00\", \"unit\": \"CNY/month\"}}]}")));
        files.put(
                "groups: code",
                t -> file(entry(
                        "\"test.groups\"",
                        "\"00\"",
                        value("\"2020-01-01\"", "\"groups\"", "[[\"1\", " + quoted(t) + "]]"))));
        files.put("not JSON: unquoted token", t -> file(entry("\"test.allowance\"", t, money("\"60.00\""))));
        return files.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void noPolicyErrorShowsTheBirthDigitsOfAnId(String field, Function<String, String> fileWith) {
        List<String> leaks = new ArrayList<>();
        int errors = 0;
        for (String id : IDS) {
            String birth = id.substring(6, 14);
            for (Shape shape : SHAPES) {
                for (String text : messages(fileWith.apply(shape.of().apply(id)))) {
                    errors++;
                    if (text.contains(birth) || text.contains(fullWidth(birth))) {
                        leaks.add(shape + " of " + Masking.mask(id) + ": " + text);
                    }
                }
            }
        }
        assertThat(errors).as("messages scanned").isPositive();
        assertThat(leaks)
                .as("the policy loader shows birth digits given a " + field)
                .isEmpty();
    }

    @Test
    void anErrorMadeInCodeIsRedactedToo() {
        PolicyError e =
                PolicyError.of("$.parameters[0].region[\"11010519491231002X\"]", "\"11010519491231002X\" is bad");
        assertThat(e.location()).isEqualTo("$.parameters[0].region[\"110105********002X\"]");
        assertThat(e.reason()).isEqualTo("\"110105********002X\" is bad");
        assertThat(e).hasToString("$.parameters[0].region[\"110105********002X\"]: \"110105********002X\" is bad");
    }

    @Test
    void divisionCodesInErrorsStayReadable() {
        assertThat(PolicyError.of("test.allowance@620723101201", "set twice for 620723101"))
                .hasToString("test.allowance@620723101201: set twice for 620723101");
    }

    private static List<String> messages(String json) {
        List<String> out = new ArrayList<>();
        try {
            PolicyFiles.read(CATALOG, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "guard.json");
        } catch (InvalidPolicyException e) {
            out.add(e.getMessage());
            out.add(e.toString());
            for (PolicyError error : e.errors()) {
                out.add(error.toString());
                out.add(error.location());
                out.add(error.reason());
            }
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                out.add(String.valueOf(t.getMessage()));
                out.add(t.toString());
            }
        }
        return out;
    }

    private static List<String> ids() {
        Random random = new Random(SEED);
        List<String> ids = new ArrayList<>(List.of("11010519491231002X"));
        while (ids.size() < 8) {
            LocalDate born = LocalDate.of(1920, 1, 1).plusDays(random.nextInt(365 * 100));
            String seventeen = COUNTIES[random.nextInt(COUNTIES.length)]
                    + born.toString().replace("-", "")
                    + String.format("%03d", random.nextInt(1000));
            ids.add(seventeen + ResidentId.checkCharacter(seventeen));
        }
        return List.copyOf(ids);
    }

    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == 'X' ? 'Ｘ' : c);
        }
        return out.toString();
    }

    private static String digits(String text) {
        String d = text.replaceAll("[^0-9]", "");
        return d.isEmpty() ? "0" : d;
    }

    private static String quoted(String text) {
        try {
            return CanlianJson.mapper().writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String source() {
        return "{\"issuer\": \"i\", \"document\": \"d\", \"article\": \"a\", \"date\": \"2020-01-01\"}";
    }

    private static String value(String from, String unit, String value) {
        return "{\"from\": " + from + ", \"value\": " + value + ", \"unit\": " + unit + ", \"source\": " + source()
                + "}";
    }

    private static String money(String value) {
        return value("\"2020-01-01\"", "\"CNY/month\"", value);
    }

    private static String entry(String parameter, String region, String value) {
        return "{\"parameter\": " + parameter + ", \"region\": " + region + ", \"values\": [" + value + "]}";
    }

    private static String table(String table) {
        return entry("\"test.table\"", "\"629901\"", value("\"2024-01-01\"", "\"table\"", table));
    }

    private static String file(String entry) {
        return "{\"policy\": \"guard\", \"parameters\": [" + entry + "]}";
    }
}
