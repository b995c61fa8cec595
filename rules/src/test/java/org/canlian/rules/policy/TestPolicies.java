package org.canlian.rules.policy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.canlian.core.money.Money;

/** A small catalog and policy file used by the policy tests; codes are illustrative. */
final class TestPolicies {
    static final ParameterDefinition<Money> ALLOWANCE = ParameterDefinition.money(
                    "test.allowance", Unit.CNY_PER_MONTH, "测试津贴", "test allowance")
            .withFloorRule();
    static final ParameterDefinition<Money> YEARLY =
            ParameterDefinition.money("test.yearly", Unit.CNY_PER_YEAR, "测试年额", "test yearly amount");
    static final ParameterDefinition<Long> COUNT = ParameterDefinition.count("test.count", Unit.COUNT, "人数", "count");
    static final ParameterDefinition<java.math.BigDecimal> RATE =
            ParameterDefinition.decimal("test.rate", Unit.PERCENT, "比例", "rate");
    static final ParameterDefinition<java.time.Period> VALIDITY =
            ParameterDefinition.period("test.validity", "有效期", "validity");
    static final ParameterDefinition<Boolean> FLAG = ParameterDefinition.bool("test.flag", "开关", "flag");
    static final ParameterDefinition<TestRule> RULE =
            ParameterDefinition.choice("test.rule", "规则", "rule", TestRule.class);
    static final ParameterDefinition<java.math.BigDecimal> AREA =
            ParameterDefinition.decimal("test.area", Unit.SQUARE_METRES, "面积", "area");

    static final ParameterCatalog CATALOG =
            ParameterCatalog.of(List.of(ALLOWANCE, YEARLY, COUNT, RATE, VALIDITY, FLAG, RULE, AREA));

    private TestPolicies() {}

    /** An illustrative named rule, written in files by its code and named in explanations in Chinese or English. */
    enum TestRule implements PolicyCode, Bilingual {
        FIRST_MONTHS("first-months", "余数归前几个月", "remainder to the first months"),
        LAST_MONTHS("last-months", "余数归后几个月", "remainder to the last months");

        private final String code;
        private final String chinese;
        private final String english;

        TestRule(String code, String chinese, String english) {
            this.code = code;
            this.chinese = chinese;
            this.english = english;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String chinese() {
            return chinese;
        }

        @Override
        public String english() {
            return english;
        }
    }

    static String source(String date) {
        return "{\"issuer\": \"test issuer\", \"document\": \"doc " + date + "\", \"article\": \"art. 1\", \"date\": \""
                + date + "\"}";
    }

    static String value(String from, String until, String value, String unit) {
        return "{\"from\": \"" + from + "\", " + (until == null ? "" : "\"until\": \"" + until + "\", ") + "\"value\": "
                + value + ", \"unit\": \"" + unit + "\", \"source\": " + source(from) + "}";
    }

    /**
     * A value citing a source dated {@code sourceDate}, published on {@code knownFrom} if not null (else on the
     * source's date): how a revision is written.
     */
    static String published(String from, String until, String value, String unit, String sourceDate, String knownFrom) {
        return "{\"from\": \"" + from + "\", " + (until == null ? "" : "\"until\": \"" + until + "\", ")
                + (knownFrom == null ? "" : "\"knownFrom\": \"" + knownFrom + "\", ") + "\"value\": " + value
                + ", \"unit\": \"" + unit + "\", \"source\": " + source(sourceDate) + "}";
    }

    static String entry(String parameter, String region, String... values) {
        return "{\"parameter\": \"" + parameter + "\", \"region\": \"" + region + "\", \"values\": ["
                + String.join(", ", values) + "]}";
    }

    static String file(String... entries) {
        return "{\"policy\": \"test\", \"parameters\": [" + String.join(",\n", entries) + "]}";
    }

    /** The base policy: the nation, a province, a county with dated allowances, and one value of each unit. */
    static String baseJson() {
        return file(Stream.of(
                        entry(
                                "test.allowance",
                                "00",
                                value("2010-01-01", "2015-12-31", "\"100.00\"", "CNY/month"),
                                value("2016-01-01", null, "\"120.00\"", "CNY/month")),
                        entry("test.allowance", "62", value("2016-01-01", "2019-12-31", "\"150.00\"", "CNY/month")),
                        entry(
                                "test.allowance",
                                "629901",
                                value("2018-01-01", "2020-06-30", "\"200.00\"", "CNY/month"),
                                "{\"from\": \"2020-07-01\", \"knownFrom\": \"2020-08-15\", \"value\": \"250.00\","
                                        + " \"unit\": \"CNY/month\", \"source\": " + source("2020-06-20") + "}"),
                        entry("test.yearly", "629901", value("2019-01-01", "2020-12-31", "\"4000.00\"", "CNY/year")),
                        entry("test.count", "00", value("2010-01-01", null, "30", "count")),
                        entry("test.rate", "00", value("2010-01-01", null, "\"15\"", "percent")),
                        entry("test.validity", "00", value("2018-01-01", null, "\"P10Y\"", "period")),
                        entry("test.flag", "629901", value("2010-01-01", null, "true", "boolean")),
                        entry("test.rule", "629901", value("2010-01-01", null, "\"last-months\"", "choice")),
                        entry("test.area", "00", value("2010-01-01", null, "\"1200\"", "m2")))
                .collect(Collectors.toList())
                .toArray(String[]::new));
    }

    static PolicySet base() {
        return PolicyFiles.read(CATALOG, baseJson(), "base");
    }
}
