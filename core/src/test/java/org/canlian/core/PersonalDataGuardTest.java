package org.canlian.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.BatchResult;
import org.canlian.core.batch.CsvReader;
import org.canlian.core.batch.CsvRecord;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
import org.canlian.core.calendar.OfficialCalendar;
import org.canlian.core.certificate.CertificateCommand;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.certificate.ValidCertificateNumber;
import org.canlian.core.disability.DisabilityCategory;
import org.canlian.core.disability.DisabilityGrade;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.ValidDivisionCode;
import org.canlian.core.hierarchy.HierarchyBuild;
import org.canlian.core.hierarchy.NbsDivisionReader;
import org.canlian.core.json.CanlianJson;
import org.canlian.core.json.CertificateJson;
import org.canlian.core.json.JsonInputException;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;
import org.canlian.core.person.Sex;
import org.canlian.core.person.ValidResidentId;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The promise that personal data never leaks into a message: resident IDs and certificate numbers, well-formed,
 * shifted, prefixed, padded, mistyped and typed into the wrong field, are fed into every public parser, reader,
 * validator and JSON entry point of core, and every message that comes back (exception messages, {@code toString},
 * the parts of {@link InvalidValueException} and {@link JsonInputException}, constraint violations, row errors, whole
 * cause chains) is scanned for the eight birth-date digits of the ID.
 *
 * <p>The people are generated from a fixed seed: a failure names the entry point, the shape and the message.
 */
class PersonalDataGuardTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final long SEED = 11_643L;
    private static final String[] COUNTIES = {"110105", "620723", "441900", "310104", "650102", "540102", "440304"};

    /** The IDs that the JSON templates themselves hold: no generated person is born on this day. */
    private static final String TEMPLATE_ID = "620723198507150011";

    private static final String TEMPLATE_BIRTH = "19850715";

    /**
     * A person whose birth digits must never be shown.
     *
     * @param id the 18-character resident ID
     */
    record Person(String id) {
        String birthDigits() {
            return id.substring(6, 14);
        }

        boolean leaksIn(String text) {
            return text.contains(birthDigits()) || text.contains(fullWidth(birthDigits()));
        }
    }

    /**
     * A form in which an ID reaches canlian.
     *
     * @param name what the shape is, for the failure message
     * @param of makes the input text from the resident ID
     */
    record Shape(String name, UnaryOperator<String> of) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Person> PEOPLE = people();

    static final List<Shape> SHAPES = List.of(
            new Shape("resident ID", id -> id),
            new Shape("lower-case check character", String::toLowerCase),
            new Shape("certificate number", id -> id + "41"),
            new Shape("replacement certificate number", id -> id + "72B3"),
            new Shape("shifted right by a digit", id -> "6" + id),
            new Shape("shifted left (first digit lost)", id -> id.substring(1)),
            new Shape("a digit appended", id -> id + "7"),
            new Shape("certificate number shifted right", id -> "0" + id + "41"),
            new Shape("check character dropped", id -> id.substring(0, 17)),
            new Shape("prefixed No.", id -> "No. " + id + "41"),
            new Shape("prefixed 证号", id -> "证号：" + id),
            new Shape("leading spaces", id -> "   " + id),
            new Shape("two leading spaces (20 characters)", id -> "  " + id),
            new Shape("a long prefix", id -> "cert. number " + id),
            new Shape("leading spaces, certificate number", id -> "  " + id + "41B1"),
            new Shape("trailing tab", id -> id + "\t"),
            new Shape("wrong check character", id -> id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1')),
            new Shape("a sequence digit changed", id -> changeDigit(id, 15)),
            new Shape("an address digit changed", id -> changeDigit(id, 2)),
            new Shape("a letter inserted in the address", id -> id.substring(0, 3) + "O" + id.substring(3)),
            new Shape("a letter inserted after the birth date", id -> id.substring(0, 14) + "l" + id.substring(14)),
            new Shape("a hyphen before the sequence", id -> id.substring(0, 14) + "-" + id.substring(14)),
            new Shape("full-width digits", PersonalDataGuardTest::fullWidth),
            new Shape("two IDs in one field", id -> id + "," + id),
            new Shape("in a sentence", id -> "holder " + id + " moved"));

    private static final ValidatorFactory ENGLISH = factory(Locale.ENGLISH);
    private static final ValidatorFactory CHINESE = factory(Locale.SIMPLIFIED_CHINESE);

    @AfterAll
    static void close() {
        ENGLISH.close();
        CHINESE.close();
    }

    static Stream<Arguments> entryPoints() {
        Map<String, Function<String, List<String>>> entries = new LinkedHashMap<>();
        // value types
        entries.put("ResidentId.parse", t -> texts(() -> ResidentId.parse(t)));
        entries.put("ResidentId.parse(today)", t -> texts(() -> ResidentId.parse(t, TODAY)));
        entries.put("ResidentId.fromLegacy", t -> texts(() -> ResidentId.fromLegacy(t)));
        entries.put("ResidentId.checkCharacter", t -> texts(() -> ResidentId.checkCharacter(t)));
        entries.put("CertificateNumber.parse", t -> texts(() -> CertificateNumber.parse(t)));
        entries.put("CertificateNumber.parse(today)", t -> texts(() -> CertificateNumber.parse(t, TODAY)));
        entries.put("DivisionCode.parse", t -> texts(() -> DivisionCode.parse(t)));
        entries.put("Money.parse", t -> texts(() -> Money.parse(t)));
        entries.put("DisabilityCategory.ofChineseName", t -> texts(() -> DisabilityCategory.ofChineseName(t)));
        entries.put("DisabilityGrade.ofChineseName", t -> texts(() -> DisabilityGrade.ofChineseName(t)));
        entries.put("Sex.ofChineseName", t -> texts(() -> Sex.ofChineseName(t)));
        entries.put("Money.of(BigDecimal)", t -> texts(() -> Money.of(new BigDecimal(digitsOf(t)))));
        entries.put(
                "InvalidValueException.of, value not masked by the caller",
                t -> texts(() -> {
                    throw InvalidValueException.of("holder " + t, "rule", t, "reason " + t);
                }));
        // Bean Validation
        for (String field : List.of("residentId", "certificateNumber", "divisionCode")) {
            entries.put("@Valid* " + field + " (English)", t -> violations(ENGLISH.getValidator(), field, t));
            entries.put("@Valid* " + field + " (Chinese)", t -> violations(CHINESE.getValidator(), field, t));
        }
        // JSON
        for (String field :
                List.of("residentId", "certificateNumber", "division", "amount", "date", "category", "householdSize")) {
            entries.put("CanlianJson.read, string in " + field, t -> json(with(field, quoted(t))));
        }
        entries.put("CanlianJson.read, list element", t -> json(with("members", "[" + quoted(t) + "]")));
        entries.put("CanlianJson.read, map key on the path", t -> json(with("payments", "{" + quoted(t) + ": \"x\"}")));
        entries.put(
                "CanlianJson.read, duplicate map key",
                t -> json(with("payments", "{" + quoted(t) + ": \"1.00\", " + quoted(t) + ": \"1.00\"}")));
        entries.put(
                "CanlianJson.read, unknown property", t -> json(template().replace("{", "{" + quoted(t) + ": 1, ")));
        entries.put("CanlianJson.read, unquoted token", t -> json(with("residentId", t)));
        entries.put("CanlianJson.read, digits as number for int", t -> json(with("householdSize", digitsOf(t))));
        entries.put("CanlianJson.read, digits as number for money", t -> json(with("amount", digitsOf(t))));
        entries.put("CanlianJson.read, digits as number for a date", t -> json(with("date", digitsOf(t))));
        entries.put(
                "CanlianJson.read(bytes)",
                t -> texts(() -> CanlianJson.read(
                                with("residentId", quoted(t)).getBytes(StandardCharsets.UTF_8), GuardedForm.class))
                        .stream()
                        .filter(s -> !s.startsWith("ImmutableGuardedForm") && !s.startsWith("GuardedForm"))
                        .toList());
        entries.put(
                "CanlianJson.read(stream)",
                t -> jsonOnly(() -> CanlianJson.read(
                        new ByteArrayInputStream(with("division", quoted(t)).getBytes(StandardCharsets.UTF_8)),
                        GuardedForm.class)));
        entries.put(
                "CanlianJson.read(TypeReference), map of IDs",
                t -> jsonOnly(() -> CanlianJson.read(
                        "{" + quoted(t) + ": " + quoted(t) + "}", new TypeReference<Map<String, ResidentId>>() {})));
        entries.put(
                "CanlianJson.read(TypeReference), list of money",
                t -> jsonOnly(() -> CanlianJson.read("[" + quoted(t) + "]", new TypeReference<List<Money>>() {})));
        entries.put(
                "CanlianJson.read, top-level certificate number",
                t -> jsonOnly(() -> CanlianJson.read(quoted(t), CertificateNumber.class)));
        // certificate JSON
        entries.put("CertificateJson.read, holder", t -> certificateJson(apply("holder", quoted(t))));
        entries.put("CertificateJson.read, county", t -> certificateJson(apply("county", quoted(t))));
        entries.put(
                "CertificateJson.read, household registration",
                t -> certificateJson(apply("householdRegistration", quoted(t))));
        entries.put("CertificateJson.read, enum", t -> certificateJson(apply("claimedCategory", quoted(t))));
        entries.put("CertificateJson.read, type id", t -> certificateJson("{\"type\": " + quoted(t) + "}"));
        entries.put(
                "CertificateJson.read, date",
                t -> certificateJson("{\"type\":\"transfer\",\"toCounty\":\"110106\",\"movedOn\":" + quoted(t) + "}"));
        entries.put(
                "CertificateJson.read, boolean",
                t -> certificateJson("{\"type\":\"assess\",\"assessment\":{\"institution\":\"x\","
                        + "\"assessedOn\":\"2025-03-04\",\"atHome\":" + quoted(t) + "}}"));
        entries.put(
                "CertificateJson.read, guardian",
                t -> certificateJson("{\"type\":\"cancel\",\"reason\":{\"type\":\"written-request\",\"by\":"
                        + "{\"type\":\"guardian\",\"guardian\":" + quoted(t) + ",\"relationship\":\"母亲\"}}}"));
        entries.put(
                "CertificateJson.read, unknown property",
                t -> certificateJson("{\"type\":\"accept\"," + quoted(t) + ":1}"));
        entries.put(
                "CertificateJson.read, unquoted token",
                t -> certificateJson("{\"type\":\"transfer\",\"toCounty\":" + t + "}"));
        entries.put(
                "CertificateJson.readState, number",
                t -> texts(() -> CertificateJson.readState("{\"type\":\"certificate\",\"number\":" + quoted(t) + "}")));
        entries.put(
                "CertificateJson.readState, type id",
                t -> texts(() -> CertificateJson.readState("{\"type\":" + quoted(t) + "}")));
        // CSV
        entries.put(
                "CsvReader.withHeader, column asked of an ID header",
                t -> texts(() -> {
                    try (CsvReader csv = CsvReader.withHeader(new StringReader("code," + csvField(t) + "\n1,2\n"))) {
                        return csv.next().get("name");
                    }
                }));
        entries.put(
                "CsvReader.withoutHeader, column asked by name",
                t -> texts(() -> {
                    try (CsvReader csv =
                            CsvReader.withoutHeader(new StringReader(csvField(t) + "," + csvField(t) + "\n"))) {
                        return csv.next().get("code");
                    }
                }));
        entries.put(
                "CsvRecord.get(index) past the end",
                t -> texts(() -> {
                    try (CsvReader csv = CsvReader.withoutHeader(new StringReader(csvField(t) + "\n"))) {
                        CsvRecord r = csv.next();
                        return r + " " + r.get(3);
                    }
                }));
        entries.put(
                "CsvReader, unclosed quote",
                t -> texts(() -> {
                    try (CsvReader csv = CsvReader.withoutHeader(new StringReader("a,\"" + t + "\n" + t))) {
                        return csv.next();
                    }
                }));
        entries.put(
                "OfficialCalendar.load, date",
                t -> texts(() -> OfficialCalendar.load(
                        new StringReader("date,kind,name\n" + csvField(t) + ",holiday,x\n"), "holidays.csv")));
        entries.put(
                "OfficialCalendar.load, kind",
                t -> texts(() -> OfficialCalendar.load(
                        new StringReader("date,kind,name\n2024-10-01," + csvField(t) + ",x\n"), "holidays.csv")));
        entries.put("NbsDivisionReader.read, code (report)", t -> divisions(t, OnInvalidRow.REPORT_AND_CONTINUE));
        entries.put("NbsDivisionReader.read, code (stop)", t -> divisions(t, OnInvalidRow.STOP));
        entries.put(
                "NbsDivisionReader.read, header",
                t -> texts(() -> NbsDivisionReader.read(
                        name -> stream(name.equals("provinces.csv") ? "code," + csvField(t) + "\n" : header(name)),
                        DivisionCode.NATIONAL,
                        OnInvalidRow.REPORT_AND_CONTINUE)));
        entries.put(
                "BatchResult, row rejected",
                t -> texts(() -> BatchResult.<ResidentId>builder(OnInvalidRow.REPORT_AND_CONTINUE)
                        .add(2, () -> ResidentId.parse(t, TODAY))
                        .build()
                        .errors()));
        entries.put(
                "BatchResult, stop",
                t -> texts(() -> BatchResult.<ResidentId>builder(OnInvalidRow.STOP)
                        .add(2, () -> ResidentId.parse(t, TODAY))
                        .build()));
        entries.put(
                "RowError, message not masked by the caller",
                t -> texts(() -> {
                    RowError e = new RowError(7, "resident ID " + t, "rule", "Invalid resident ID " + t);
                    return List.of(e, e.field(), e.message());
                }));
        return entries.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entryPoints")
    void noMessageShowsTheBirthDigitsOfAnId(String entryPoint, Function<String, List<String>> entry) {
        List<String> leaks = new ArrayList<>();
        int messages = 0;
        for (Person person : PEOPLE) {
            for (Shape shape : SHAPES) {
                String input = shape.of().apply(person.id());
                for (String text : entry.apply(input)) {
                    messages++;
                    if (person.leaksIn(text)) {
                        leaks.add(shape + " of " + Masking.mask(person.id()) + ": " + text);
                    }
                }
            }
        }
        assertThat(messages).as("messages scanned").isPositive();
        assertThat(leaks).as(entryPoint + " shows birth digits").isEmpty();
    }

    @Test
    void theGuardSeesALeak() {
        Function<String, List<String>> echo = t -> List.of("Invalid value " + t);
        Person person = PEOPLE.get(0);
        assertThat(SHAPES.stream()
                        .map(s -> s.of().apply(person.id()))
                        .flatMap(t -> echo.apply(t).stream())
                        .filter(person::leaksIn)
                        .count())
                .as("every shape keeps the birth digits in a row, so that an echo of it is seen")
                .isEqualTo(SHAPES.size());
    }

    @Test
    void thePeopleAreManyAndBornOnDifferentDays() {
        assertThat(PEOPLE.stream().map(Person::birthDigits).distinct().count()).isEqualTo(PEOPLE.size());
        assertThat(PEOPLE.stream().map(Person::birthDigits)).doesNotContain(TEMPLATE_BIRTH);
    }

    // ---- people and shapes

    private static List<Person> people() {
        Random random = new Random(SEED);
        List<Person> people = new ArrayList<>();
        people.add(new Person("11010519491231002X"));
        while (people.size() < 16) {
            LocalDate born = LocalDate.of(1920, 1, 1).plusDays(random.nextInt(365 * 100));
            String seventeen = COUNTIES[random.nextInt(COUNTIES.length)]
                    + born.toString().replace("-", "")
                    + String.format("%03d", random.nextInt(1000));
            Person p = new Person(seventeen + ResidentId.checkCharacter(seventeen));
            boolean fresh = people.stream().noneMatch(q -> q.birthDigits().equals(p.birthDigits()));
            if (fresh && !p.birthDigits().equals(TEMPLATE_BIRTH)) {
                people.add(p);
            }
        }
        return List.copyOf(people);
    }

    private static String changeDigit(String id, int at) {
        char c = id.charAt(at);
        return id.substring(0, at) + (char) ('0' + (c - '0' + 3) % 10) + id.substring(at + 1);
    }

    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == 'X' ? 'Ｘ' : c);
        }
        return out.toString();
    }

    private static String digitsOf(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? "0" : digits;
    }

    // ---- what comes back

    /** Every text a call gives back: its result, or its exception with its whole cause chain. */
    private static List<String> texts(Callable<?> call) {
        List<String> out = new ArrayList<>();
        try {
            Object result = call.call();
            out.add(String.valueOf(result));
        } catch (Throwable t) {
            describe(t, out);
        }
        return out;
    }

    /** As {@link #texts}, but a successful read of the DTO gives nothing: its content is the caller's data. */
    private static List<String> jsonOnly(Callable<?> call) {
        List<String> out = new ArrayList<>();
        try {
            call.call();
        } catch (Throwable t) {
            describe(t, out);
        }
        return out;
    }

    private static void describe(Throwable t, List<String> out) {
        for (Throwable e = t; e != null; e = e.getCause() == e ? null : e.getCause()) {
            out.add(String.valueOf(e.getMessage()));
            out.add(e.toString());
            if (e instanceof InvalidValueException invalid) {
                out.add(invalid.field());
                out.add(invalid.rejectedValue());
                out.add(invalid.reason());
            }
            if (e instanceof JsonInputException json) {
                out.add(json.path());
                out.add(json.reason());
            }
            if (e instanceof BatchFailedException batch) {
                out.add(batch.error().toString());
                out.add(batch.error().message());
                out.add(batch.error().field());
            }
            for (Throwable suppressed : e.getSuppressed()) {
                describe(suppressed, out);
            }
        }
    }

    /** A downstream form with canlian's constraints on fields. */
    static final class Form {
        @ValidResidentId
        final String residentId;

        @ValidCertificateNumber
        final String certificateNumber;

        @ValidDivisionCode
        final String divisionCode;

        Form(String field, String value) {
            this.residentId = field.equals("residentId") ? value : null;
            this.certificateNumber = field.equals("certificateNumber") ? value : null;
            this.divisionCode = field.equals("divisionCode") ? value : null;
        }
    }

    private static ValidatorFactory factory(Locale locale) {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .defaultLocale(locale)
                .buildValidatorFactory();
    }

    private static List<String> violations(Validator validator, String field, String text) {
        List<String> out = new ArrayList<>();
        for (ConstraintViolation<Form> v : validator.validate(new Form(field, text))) {
            out.add(v.getMessage());
            out.add(v.toString());
            out.add(String.valueOf(v.getPropertyPath()));
        }
        return out;
    }

    // ---- JSON

    private static String quoted(String text) {
        try {
            return CanlianJson.mapper().writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("residentId", quoted(TEMPLATE_ID));
        fields.put("certificateNumber", quoted(TEMPLATE_ID + "41"));
        fields.put("division", "\"620723\"");
        fields.put("amount", "\"60.00\"");
        fields.put("date", "\"2024-01-01\"");
        fields.put("category", "\"PHYSICAL\"");
        fields.put("householdSize", "3");
        fields.put("members", "[]");
        fields.put("payments", "{\"2024-01\": \"60.00\"}");
        return fields;
    }

    private static String template() {
        return toJson(fields());
    }

    private static String with(String field, String json) {
        Map<String, String> fields = fields();
        fields.put(field, json);
        return toJson(fields);
    }

    private static String toJson(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static List<String> json(String json) {
        return jsonOnly(() -> CanlianJson.read(json, GuardedForm.class));
    }

    private static String apply(String field, String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "\"apply\"");
        fields.put("holder", quoted(TEMPLATE_ID));
        fields.put("county", "\"110105\"");
        fields.put("householdRegistration", "\"110105001\"");
        fields.put("applicant", "{\"type\":\"self\"}");
        fields.put("claimedCategory", "\"PHYSICAL\"");
        fields.put(field, json);
        return toJson(fields);
    }

    private static List<String> certificateJson(String json) {
        return jsonOnly(() -> CertificateJson.read(json, CertificateCommand.class));
    }

    // ---- CSV

    private static String csvField(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String header(String file) {
        return switch (file) {
            case "provinces.csv" -> "code,name\n";
            case "cities.csv" -> "code,name,provinceCode\n";
            case "areas.csv" -> "code,name,cityCode,provinceCode\n";
            case "streets.csv" -> "code,name,areaCode,provinceCode,cityCode\n";
            default -> "code,name,streetCode,provinceCode,cityCode,areaCode\n";
        };
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> divisions(String text, OnInvalidRow onInvalidRow) {
        List<String> out = new ArrayList<>();
        try {
            HierarchyBuild build = NbsDivisionReader.read(
                    name -> stream(
                            name.equals("provinces.csv")
                                    ? header(name) + csvField(text) + ",北京市\n"
                                    : name.equals("areas.csv")
                                            ? header(name) + csvField(text) + ",x,1101,11\n"
                                            : header(name)),
                    DivisionCode.NATIONAL,
                    onInvalidRow);
            out.add(build.toString());
            build.errors().forEach(e -> {
                out.add(e.toString());
                out.add(e.message());
                out.add(e.field());
            });
        } catch (Throwable t) {
            describe(t, out);
        }
        return out;
    }
}
