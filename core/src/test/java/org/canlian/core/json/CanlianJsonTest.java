package org.canlian.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.canlian.core.InvalidValueException;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.hierarchy.AssessmentKind;
import org.canlian.core.hierarchy.OfficerAssessment;
import org.canlian.core.hierarchy.OfficerTest;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CanlianJsonTest {
    static final String ID = "11010519491231002X";

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(ResidentId.parse(ID), "\"11010519491231002X\""),
                Arguments.of(ResidentId.parse("620723198507150011"), "\"620723198507150011\""),
                Arguments.of(CertificateNumber.parse("11010519491231002X41"), "\"11010519491231002X41\""),
                Arguments.of(CertificateNumber.parse("11010519491231002X41B2"), "\"11010519491231002X41B2\""),
                Arguments.of(DivisionCode.parse("620723101001"), "\"620723101001\""),
                Arguments.of(DivisionCode.parse("441900"), "\"441900\""),
                Arguments.of(DivisionCode.parse("4419"), "\"4419\""),
                Arguments.of(DivisionCode.NATIONAL, "\"00\""),
                Arguments.of(Money.parse("1234.5"), "\"1234.50\""),
                Arguments.of(Money.parse("-0.05"), "\"-0.05\""),
                Arguments.of(Money.ZERO, "\"0.00\""),
                Arguments.of(DisabilityCategory.PHYSICAL, "\"PHYSICAL\""),
                Arguments.of(DisabilityGrade.TWO, "\"TWO\""));
    }

    @ParameterizedTest
    @MethodSource("values")
    void everyValueTypeRoundTripsAsAJsonString(Object value, String json) throws Exception {
        assertThat(CanlianJson.mapper().writeValueAsString(value)).isEqualTo(json);
        assertThat(CanlianJson.read(json, value.getClass())).isEqualTo(value);
        assertThat(CanlianJson.read(json.getBytes(StandardCharsets.UTF_8), value.getClass()))
                .isEqualTo(value);
    }

    static HolderRecord holder() {
        return HolderRecord.builder()
                .residentId(ResidentId.parse(ID))
                .certificateNumber(CertificateNumber.parse(ID + "41B1"))
                .division(DivisionCode.parse("620723101201"))
                .monthlySubsidy(Money.parse("110.00"))
                .category(DisabilityCategory.PHYSICAL)
                .grade(DisabilityGrade.ONE)
                .householdSize(3)
                .addPayments(Money.parse("110.00"), Money.parse("80.50"))
                .build();
    }

    static final String HOLDER_JSON = "{\"residentId\":\"11010519491231002X\","
            + "\"certificateNumber\":\"11010519491231002X41B1\","
            + "\"division\":\"620723101201\","
            + "\"monthlySubsidy\":\"110.00\","
            + "\"category\":\"PHYSICAL\","
            + "\"grade\":\"ONE\","
            + "\"householdSize\":3,"
            + "\"payments\":[\"110.00\",\"80.50\"]}";

    @Test
    void anImmutablesDtoRoundTrips() throws Exception {
        HolderRecord holder = holder();
        String json = CanlianJson.mapper().writeValueAsString(holder);

        assertThat(CanlianJson.read(json, HolderRecord.class)).isEqualTo(holder);
        assertThat(CanlianJson.read(HOLDER_JSON, HolderRecord.class)).isEqualTo(holder);
        assertThat(CanlianJson.read(HOLDER_JSON.replace("}", ",\"note\":\"moved in 2020\"}"), HolderRecord.class)
                        .note())
                .contains("moved in 2020");
        assertThat(CanlianJson.read(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), HolderRecord.class))
                .isEqualTo(holder);
        assertThat(CanlianJson.read("[" + json + "," + json + "]", new TypeReference<List<HolderRecord>>() {}))
                .containsExactly(holder, holder);
    }

    static Stream<Arguments> rejectedDocuments() {
        return Stream.of(
                // json, path, problem, message
                Arguments.of(
                        HOLDER_JSON.replace("}", ",\"nickname\":\"x\"}"),
                        "$.nickname",
                        "unknown-property",
                        "Invalid JSON at $.nickname (line 1, column 229): is not a property of HolderRecord (known:"
                                + " category, certificateNumber, division, grade, householdSize, monthlySubsidy, note,"
                                + " payments, residentId)"),
                Arguments.of(
                        HOLDER_JSON.replace("\"residentId\":\"11010519491231002X\",", ""),
                        "$.residentId",
                        "missing-property",
                        "Invalid JSON at $.residentId (line 1, column 182): is required but missing or null"),
                Arguments.of(
                        HOLDER_JSON.replace("\"11010519491231002X\",", "null,"),
                        "$.residentId",
                        "missing-property",
                        "Invalid JSON at $.residentId (line 1, column 200): is required but missing or null"),
                Arguments.of(
                        "{\"householdSize\":1}",
                        "$.residentId",
                        "missing-property",
                        "Invalid JSON at $.residentId (line 1, column 19): is required but missing or null (so are"
                                + " certificateNumber, division, monthlySubsidy, category, grade)"),
                Arguments.of(
                        HOLDER_JSON.replace("\"householdSize\":3", "\"householdSize\":null"),
                        "$.householdSize",
                        "null",
                        "Invalid JSON at $.householdSize (line 1, column 185): must not be null"),
                Arguments.of(
                        HOLDER_JSON.replace("\"110.00\",\"80.50\"", "\"110.00\",null"),
                        "$.payments",
                        "null",
                        "Invalid JSON at $.payments (line 1, column 213): must not contain null"),
                Arguments.of(
                        HOLDER_JSON.replace("\"monthlySubsidy\":\"110.00\"", "\"monthlySubsidy\":110.5"),
                        "$.monthlySubsidy",
                        "wrong-type",
                        "Invalid JSON at $.monthlySubsidy (line 1, column 124): must be a string (Money), not a"
                                + " decimal number"),
                Arguments.of(
                        HOLDER_JSON.replace("\"11010519491231002X\",", "{\"id\":1},"),
                        "$.residentId",
                        "wrong-type",
                        "Invalid JSON at $.residentId (line 1, column 15): must be a string (ResidentId), not an"
                                + " object"),
                Arguments.of(
                        HOLDER_JSON.replace("[\"110.00\",\"80.50\"]", "\"110.00\""),
                        "$.payments",
                        "wrong-type",
                        "Invalid JSON at $.payments (line 1, column 198): must be an array, not a string"),
                Arguments.of(
                        HOLDER_JSON.replace("\"householdSize\":3", "\"householdSize\":\"3\""),
                        "$.householdSize",
                        "wrong-type",
                        "Invalid JSON at $.householdSize (line 1, column 185): must be a number (int), not a string"),
                Arguments.of(
                        HOLDER_JSON.replace("\"11010519491231002X\",", "\"110105194912310021\","),
                        "$.residentId",
                        "invalid-value",
                        "Invalid JSON at $.residentId (line 1, column 15): Invalid resident ID 110105********0021:"
                                + " check character should be X"),
                Arguments.of(
                        HOLDER_JSON.replace("X41B1", "X81B1"),
                        "$.certificateNumber",
                        "invalid-value",
                        "Invalid JSON at $.certificateNumber (line 1, column 56): Invalid certificate number"
                                + " 110105********002X81B1: character 19, the category, must be a digit 1-7"),
                Arguments.of(
                        HOLDER_JSON.replace("620723101201", "350527000"),
                        "$.division",
                        "invalid-value",
                        "Invalid JSON at $.division (line 1, column 92): Invalid division code \"350527000\":"
                                + " township digits must not be 000"),
                Arguments.of(
                        HOLDER_JSON.replace("\"80.50\"", "\"80.505\""),
                        "$.payments[1]",
                        "invalid-value",
                        "Invalid JSON at $.payments[1] (line 1, column 208): Invalid money amount \"80.505\": has"
                                + " more than 2 decimal places (amounts are whole fen)"),
                Arguments.of(
                        HOLDER_JSON.replace("PHYSICAL", "BLIND"),
                        "$.category",
                        "invalid-value",
                        "Invalid JSON at $.category (line 1, column 144): is not a valid DisabilityCategory (one of"
                                + " VISUAL, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, PSYCHOSOCIAL, MULTIPLE)"),
                Arguments.of(
                        HOLDER_JSON.replace("\"11010519491231002X\",", "11010519491231002X,"),
                        "$.residentId",
                        "wrong-type",
                        "Invalid JSON at $.residentId (line 1, column 15): must be a string (ResidentId), not an"
                                + " integer"),
                Arguments.of(
                        HOLDER_JSON.replace("\"grade\":\"ONE\"", "\"grade\":ONE"),
                        "$.grade",
                        "syntax",
                        "Invalid JSON at $.grade (line 1, column 166): is not well-formed JSON"),
                Arguments.of(
                        "{\"residentId\":\"11010519491231002X\"",
                        "$.residentId",
                        "syntax",
                        "Invalid JSON at $.residentId (line 1, column 35): the input ends before the JSON value does"),
                Arguments.of(
                        HOLDER_JSON.replace("\"householdSize\":3", "\"householdSize\":3,\"householdSize\":4"),
                        "$.householdSize",
                        "duplicate-property",
                        "Invalid JSON at $.householdSize (line 1, column 202): appears twice in the same object"),
                Arguments.of(
                        HOLDER_JSON + " {}",
                        "$",
                        "trailing-content",
                        "Invalid JSON at $ (line 1, column 218): has more content after the JSON value"),
                Arguments.of(
                        HOLDER_JSON.replace("\"householdSize\":3", "\"householdSize\":30000000000"),
                        "$.householdSize",
                        "wrong-type",
                        "Invalid JSON at $.householdSize (line 1, column 196): is a number out of the range of int"),
                Arguments.of(
                        HOLDER_JSON.replace("}", ",\"11010519491231002X\":1}"),
                        "$[\"110105********002X\"]",
                        "unknown-property",
                        "Invalid JSON at $[\"110105********002X\"] (line 1, column 239): is not a property of"
                                + " HolderRecord (known: category, certificateNumber, division, grade, householdSize,"
                                + " monthlySubsidy, note, payments, residentId)"),
                Arguments.of("", "$", "empty", "Invalid JSON at $: there is no JSON value (the input is empty)"),
                Arguments.of("  \n ", "$", "empty", "Invalid JSON at $: there is no JSON value (the input is empty)"),
                Arguments.of("null", "$", "null", "Invalid JSON at $ (line 1, column 1): must not be null"),
                Arguments.of(
                        "[]",
                        "$",
                        "wrong-type",
                        "Invalid JSON at $ (line 1, column 1): must be an object (HolderRecord), not an array"));
    }

    @ParameterizedTest
    @MethodSource("rejectedDocuments")
    void rejectsBadDocumentsNamingTheProperty(String json, String path, String problem, String message) {
        assertThatThrownBy(() -> CanlianJson.read(json, HolderRecord.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e).hasMessage(message);
                    assertThat(e.getMessage()).doesNotContain("Immutable").doesNotContain("11010519491231002");
                    // never Jackson's exception, whose message may quote the input; a value type's own, masked one
                    assertThat(e.getCause() == null || e.getCause() instanceof InvalidValueException)
                            .isTrue();
                });
    }

    static Stream<Arguments> valuesOfOtherShapes() {
        return Stream.of(
                // JSON, the type read, the message
                Arguments.of(
                        "[]",
                        Boolean.class,
                        "Invalid JSON at $ (line 1, column 1): must be true or false, not an array"),
                Arguments.of(
                        "{}",
                        Boolean.class,
                        "Invalid JSON at $ (line 1, column 1): must be true or false, not an object"),
                Arguments.of(
                        "[]",
                        new TypeReference<Map<String, Money>>() {}.getType(),
                        "Invalid JSON at $ (line 1, column 1): must be an object, not an array"),
                // 30 February: a date's own rule, not a JSON shape
                Arguments.of(
                        "\"2026-02-30\"",
                        LocalDate.class,
                        "Invalid JSON at $ (line 1, column 1): is not a valid LocalDate"),
                Arguments.of(
                        "{\"" + "a".repeat(50_001) + "\":1}",
                        new TypeReference<Map<String, Integer>>() {}.getType(),
                        "Invalid JSON at $: has a property name longer than the limit of 50,000 characters"));
    }

    @ParameterizedTest
    @MethodSource("valuesOfOtherShapes")
    void rejectsValuesOfOtherShapesNamingWhatIsExpected(String json, java.lang.reflect.Type type, String message) {
        assertThatThrownBy(() -> CanlianJson.read(json, referenceTo(type)))
                .isInstanceOf(JsonInputException.class)
                .hasMessage(message);
    }

    /** A type built at run time as the {@code TypeReference} that {@code CanlianJson.read} takes. */
    static TypeReference<Object> referenceTo(java.lang.reflect.Type type) {
        com.fasterxml.jackson.databind.JavaType javaType = CanlianJson.mapper().constructType(type);
        return new TypeReference<>() {
            @Override
            public java.lang.reflect.Type getType() {
                return javaType;
            }
        };
    }

    @Test
    void anInvalidValueCarriesTheValueTypesException() {
        assertThatThrownBy(() -> CanlianJson.read("\"110105194912310021\"", ResidentId.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("$");
                    assertThat(e.invalidValue()).get().satisfies(invalid -> {
                        assertThat(invalid.rule()).isEqualTo("check-character");
                        assertThat(invalid.rejectedValue()).isEqualTo("110105********0021");
                    });
                });
    }

    @Test
    void theJavadocExampleHolds() {
        assertThatThrownBy(() -> CanlianJson.read("\"12.345\"", Money.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessage("Invalid JSON at $ (line 1, column 1): Invalid money amount \"12.345\": has more than 2"
                        + " decimal places (amounts are whole fen)");
        assertThatThrownBy(() -> CanlianJson.read("{\"residentId\":\"110105194912310021\"}", HolderRecord.class))
                .hasMessage("Invalid JSON at $.residentId (line 1, column 15): Invalid resident ID"
                        + " 110105********0021: check character should be X");
    }

    static Stream<Arguments> listsWithABadElement() {
        String bad = HOLDER_JSON.replace("620723101201", "6207231012");
        return Stream.of(
                // the list, the path of the bad division code (index 0 is a position like any other)
                Arguments.of("[" + bad + "," + HOLDER_JSON + "]", "$[0].division"),
                Arguments.of("[" + HOLDER_JSON + "," + bad + "]", "$[1].division"),
                Arguments.of("[" + HOLDER_JSON + "," + HOLDER_JSON + "," + bad + "]", "$[2].division"));
    }

    @ParameterizedTest
    @MethodSource("listsWithABadElement")
    void pathsReachIntoListsOfDtos(String list, String path) {
        assertThatThrownBy(() -> CanlianJson.read(list, new TypeReference<List<HolderRecord>>() {}))
                .isInstanceOfSatisfying(
                        JsonInputException.class, e -> assertThat(e.path()).isEqualTo(path));
    }

    /** A stream that remembers whether it was closed. */
    static final class ClosingProbe extends ByteArrayInputStream {
        boolean closed;

        ClosingProbe(String json) {
            super(json.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    static Stream<Arguments> streamsReadToTheirEnd() {
        return Stream.of(
                // the document, whether it is read (both ways the stream is closed, as read(InputStream) promises)
                Arguments.of(HOLDER_JSON, true),
                // rejected at the first property: Jackson has not met the stream's end, so read closes it itself
                Arguments.of(HOLDER_JSON.replace("\"11010519491231002X\",", "\"110105194912310021\","), false),
                Arguments.of("{\"nickname\":1," + HOLDER_JSON.substring(1), false));
    }

    @ParameterizedTest
    @MethodSource("streamsReadToTheirEnd")
    void readingAStreamClosesIt(String json, boolean valid) {
        ClosingProbe stream = new ClosingProbe(json);
        if (valid) {
            assertThat(CanlianJson.read(stream, HolderRecord.class)).isEqualTo(holder());
        } else {
            assertThatThrownBy(() -> CanlianJson.read(stream, HolderRecord.class))
                    .isInstanceOf(JsonInputException.class);
        }
        assertThat(stream.closed).isTrue();
    }

    @Test
    void bytesThatAreNotUnicodeTextAreAnEncodingProblem() {
        byte[] badUtf8 = {'"', (byte) 0xC3, (byte) 0x28, '"'};
        assertThatThrownBy(() -> CanlianJson.read(badUtf8, Money.class))
                .isInstanceOfSatisfying(
                        JsonInputException.class, e -> assertThat(e.problem()).isEqualTo("encoding"));
        // UTF-32 with a code point beyond Unicode: Jackson throws CharConversionException, not a JacksonException
        byte[] badUtf32 = {0, 0, 0, '"', 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, '"'};
        assertThatThrownBy(() -> CanlianJson.read(badUtf32, Money.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.problem()).isEqualTo("encoding");
                    assertThat(e).hasMessage("Invalid JSON at $: is not text in UTF-8, UTF-16 or UTF-32");
                });
    }

    @Test
    void readsUtf16Bytes() {
        byte[] utf16 = "\"1234.50\"".getBytes(StandardCharsets.UTF_16BE);
        assertThat(CanlianJson.read(utf16, Money.class)).isEqualTo(Money.parse("1234.50"));
    }

    @Test
    void findAndRegisterModulesDiscoversCanlianModule() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThat(mapper.getRegisteredModuleIds()).contains("canlian");
        assertThat(mapper.writeValueAsString(Money.parse("1.5"))).isEqualTo("\"1.50\"");
        assertThat(mapper.readValue("\"11010519491231002x\"", ResidentId.class)).isEqualTo(ResidentId.parse(ID));
        assertThat(mapper.readValue("\"620723\"", DivisionCode.class).level().englishName())
                .isEqualTo("county");
    }

    @Test
    void mapperWritesDatesAsIsoText() throws Exception {
        assertThat(CanlianJson.mapper().writeValueAsString(LocalDate.of(2026, 1, 1)))
                .isEqualTo("\"2026-01-01\"");
    }

    /** A canlian type (by its package) with dates in every container a property may hold. */
    record Dates(
            LocalDate day,
            List<LocalDate> days,
            Optional<YearMonth> month,
            Map<String, LocalDate> byName,
            @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT) Year explicitlyANumber) {}

    static Stream<Arguments> datesOfCanlianTypes() {
        return Stream.of(
                // a canlian value, the JSON a plain findAndRegisterModules() mapper writes
                Arguments.of(
                        OfficerAssessment.of(AssessmentKind.YEARLY, LocalDate.of(2024, 12, 20), true),
                        "{\"kind\":\"YEARLY\",\"date\":\"2024-12-20\",\"passed\":true}"),
                Arguments.of(
                        OfficerTest.village()
                                .addAssessments(
                                        OfficerAssessment.of(AssessmentKind.YEARLY, LocalDate.of(2024, 12, 20), true))
                                .build(),
                        "{\"person\":\"11010519491231002X\",\"qualification\":\"CERTIFICATE_HOLDER\","
                                + "\"unit\":\"620723101201\",\"post\":\"VILLAGE\",\"grade\":\"PRINCIPAL\","
                                + "\"openSelection\":true,"
                                + "\"contractStart\":\"2024-01-01\",\"contractEnd\":\"2026-12-31\","
                                + "\"assessments\":[{\"kind\":\"YEARLY\",\"date\":\"2024-12-20\",\"passed\":true}],"
                                + "\"combinesPublicWelfarePost\":false}"),
                Arguments.of(
                        new Dates(
                                LocalDate.of(2026, 1, 1),
                                List.of(LocalDate.of(2026, 2, 28)),
                                Optional.of(YearMonth.of(2026, 3)),
                                Map.of("start", LocalDate.of(2026, 4, 1)),
                                Year.of(2026)),
                        "{\"day\":\"2026-01-01\",\"days\":[\"2026-02-28\"],\"month\":\"2026-03\","
                                + "\"byName\":{\"start\":\"2026-04-01\"},\"explicitlyANumber\":2026}"));
    }

    @ParameterizedTest
    @MethodSource("datesOfCanlianTypes")
    void findAndRegisterModulesWritesTheDatesOfCanlianTypesAsIsoText(Object value, String json) throws Exception {
        ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
        assertThat(plain.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
                .isTrue();

        assertThat(plain.writeValueAsString(value)).isEqualTo(json);
        assertThat(CanlianJson.mapper().writeValueAsString(value)).isEqualTo(json);
        assertThat(plain.readValue(json, value.getClass())).isEqualTo(value);
    }

    /** A canlian type whose dates sit in an array, and whose numbers sit in containers that hold no date. */
    record Counts(LocalDate[] closingDays, List<Integer> householdSizes, Optional<Long> fen, int year) {}

    @Test
    void onlyPropertiesHoldingDatesAreWrittenAsText() throws Exception {
        Counts counts =
                new Counts(new LocalDate[] {LocalDate.of(2026, 10, 1)}, List.of(3, 4), Optional.of(11_050L), 2026);
        String json = "{\"closingDays\":[\"2026-10-01\"],\"householdSizes\":[3,4],\"fen\":11050,\"year\":2026}";

        assertThat(new ObjectMapper().findAndRegisterModules().writeValueAsString(counts))
                .isEqualTo(json);
        assertThat(CanlianJson.mapper().writeValueAsString(counts)).isEqualTo(json);
    }

    @Test
    void theApplicationsOwnDatesKeepTheMappersSettings() throws Exception {
        ObjectMapper plain = new ObjectMapper().findAndRegisterModules();

        assertThat(plain.writeValueAsString(LocalDate.of(2026, 1, 1))).isEqualTo("[2026,1,1]");
        assertThat(plain.writeValueAsString(List.of(YearMonth.of(2026, 3)))).isEqualTo("[[2026,3]]");
        assertThat(plain.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .writeValueAsString(LocalDate.of(2026, 1, 1)))
                .isEqualTo("\"2026-01-01\"");
    }

    @Test
    void mutatedDocumentsFailOnlyWithJsonInputException() {
        Random random = new Random(6L);
        String alphabet = "{}[]\",:0123456789.-Xnull \\\u0000é";
        int accepted = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder json = new StringBuilder(HOLDER_JSON);
            int edits = 1 + random.nextInt(3);
            for (int k = 0; k < edits; k++) {
                int at = random.nextInt(json.length());
                switch (random.nextInt(3)) {
                    case 0 -> json.deleteCharAt(at);
                    case 1 -> json.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> json.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            try {
                CanlianJson.read(json.toString(), HolderRecord.class);
                accepted++;
            } catch (JsonInputException e) {
                assertThat(e.path()).startsWith("$");
                assertThat(e.getMessage()).doesNotContain("Immutable");
                assertThat(e.getMessage()).doesNotContain(ID);
            }
        }
        assertThat(accepted).isLessThan(3_000);
    }

    @Test
    void invalidValueExceptionIsTheCauseOfTheModulesFailure() {
        assertThatThrownBy(() -> CanlianJson.mapper().readValue("\"12.345\"", Money.class))
                .hasRootCauseInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Invalid money amount \"12.345\"");
    }

    static Stream<Arguments> documentsBeyondTheReadersLimits() {
        String deep = "[".repeat(1_001) + "]".repeat(1_001);
        String longNumber = "1" + "0".repeat(1_500);
        String longString = "\"" + "a".repeat(20_000_001) + "\"";
        return Stream.of(
                // JSON, type, path, reason: Jackson's StreamConstraintsException (issue 10: an UncheckedIOException)
                Arguments.of(deep, Object.class, "$", "is nested deeper than the limit of 1,000 levels"),
                Arguments.of(
                        "{\"a\": " + deep + "}",
                        com.fasterxml.jackson.databind.JsonNode.class,
                        "$",
                        "is nested deeper than the limit of 1,000 levels"),
                Arguments.of(longNumber, Object.class, "$", "is a number longer than the limit of 1,000 digits"),
                Arguments.of(
                        "[" + longNumber + "]",
                        new TypeReference<List<java.math.BigDecimal>>() {}.getType(),
                        "$[0]",
                        "is a number longer than the limit of 1,000 digits"),
                Arguments.of(
                        "{\"householdSize\": " + longNumber + "}",
                        HolderRecord.class,
                        "$.householdSize",
                        "is a number longer than the limit of 1,000 digits"),
                Arguments.of(
                        longString, String.class, "$", "is a string longer than the limit of 20,000,000 characters"),
                Arguments.of(
                        "{\"note\": " + longString + "}",
                        HolderRecord.class,
                        "$.note",
                        "is a string longer than the limit of 20,000,000 characters"));
    }

    @ParameterizedTest
    @MethodSource("documentsBeyondTheReadersLimits")
    void documentsBeyondTheReadersLimitsAreJsonInputExceptions(
            String json, java.lang.reflect.Type type, String path, String reason) {
        com.fasterxml.jackson.databind.JavaType javaType = CanlianJson.mapper().constructType(type);
        for (Runnable read : List.<Runnable>of(
                () -> CanlianJson.read(json, referenceTo(type)),
                () -> CanlianJson.read(json.getBytes(StandardCharsets.UTF_8), javaType.getRawClass()),
                () -> CanlianJson.read(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), javaType.getRawClass()))) {
            assertThatThrownBy(read::run).isInstanceOfSatisfying(JsonInputException.class, e -> {
                assertThat(e.problem()).isEqualTo("limit");
                assertThat(e.reason()).isEqualTo(reason);
                assertThat(e.path()).isEqualTo(path);
                assertThat(e.getMessage()).hasSizeLessThan(200);
            });
        }
    }
}
