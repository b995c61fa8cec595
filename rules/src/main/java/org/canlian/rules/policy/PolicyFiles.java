package org.canlian.rules.policy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.json.CanlianJson;
import org.canlian.core.money.Money;

/**
 * Reads a policy set from JSON and validates it, reporting every error with its JSON path: unknown parameters and
 * properties, values in the wrong unit, unordered or overlapping dates, a parameter set twice for a region, and values
 * below their parent region's floor. The format is published as the JSON Schema {@link #SCHEMA_RESOURCE}.
 *
 * <pre>{@code
 * {
 *   "policy": "County A: grassroots officers' stipends",
 *   "parameters": [
 *     { "parameter": "stipend.village.lost-work-allowance", "region": "629901",
 *       "values": [ { "from": "2015-01-01", "value": "60.00", "unit": "CNY/month",
 *                     "source": { "issuer": "[seed] county work report", "document": "County A work report",
 *                                 "article": "grassroots officers", "date": "2015-01-01" } } ] } ] }
 * }</pre>
 *
 * <pre>{@code
 * PolicySet policy = PolicyFiles.read(catalog, inputStream, "county-a.json");
 * }</pre>
 *
 * <p>Money, percentages and areas are decimal strings (never floats); counts and working days are integers; periods
 * are ISO-8601 ({@code "P10Y"}); dates are ISO ({@code "2015-01-01"}). {@code until} is the last day a value applies
 * (inclusive); {@code knownFrom} (default: the source's date) is when it was published. A value may overlap values
 * listed before it only as a revision published later than each of them (see {@link Timeline}). This class is
 * immutable and thread-safe.
 */
public final class PolicyFiles {
    /** The classpath resource of the JSON Schema of policy files. */
    public static final String SCHEMA_RESOURCE = "/org/canlian/rules/policy/policy-set.schema.json";

    private static final JsonMapper MAPPER = CanlianJson.mapper();
    private static final String EXAMPLE_RESOURCE = "/org/canlian/rules/policy/examples/county-a.json";
    private static final Set<String> TOP = Set.of("$schema", "policy", "note", "parameters");
    private static final Set<String> PARAMETER = Set.of("parameter", "region", "note", "values");
    private static final Set<String> VALUE = Set.of("from", "until", "knownFrom", "value", "unit", "source");
    private static final Set<String> SOURCE = Set.of("issuer", "document", "article", "date", "url", "note");

    private PolicyFiles() {}

    /**
     * Reads a policy set from JSON text (not a file name: for a file use {@link #read(ParameterCatalog, Path)}).
     *
     * <pre>{@code
     * PolicySet policy = PolicyFiles.read(RulesCatalog.all(), "{\"policy\": \"empty\", \"parameters\": []}", "inline");
     * }</pre>
     *
     * @param catalog the parameters the file may set
     * @param json the JSON text
     * @param name the file's name, for messages
     * @return the validated policy set
     * @throws InvalidPolicyException listing every error with its JSON path; if {@code json} is a file path rather than
     *     JSON text, saying which method reads a file
     */
    public static PolicySet read(ParameterCatalog catalog, String json, String name) {
        if (looksLikeAPath(json)) {
            throw new InvalidPolicyException(
                    name,
                    List.of(PolicyError.of(
                            "$",
                            "this is a file name, not JSON text: " + quoted(json.strip())
                                    + "; read a file with PolicyFiles.read(catalog, Path.of("
                                    + quoted(json.strip())
                                    + ")) or a classpath resource with PolicyFiles.readResource(catalog, \"/...\")")));
        }
        return read(catalog, new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
    }

    /**
     * Reads a policy set from a UTF-8 JSON file.
     *
     * <pre>{@code
     * PolicySet policy = PolicyFiles.read(RulesCatalog.all(), Path.of("policy/my-county.json"));
     * }</pre>
     *
     * @param catalog the parameters the file may set
     * @param file the file; its name is used in messages
     * @return the validated policy set
     * @throws InvalidPolicyException listing every error with its JSON path
     * @throws UncheckedIOException if the file cannot be read, e.g. {@code file not found: policy/my-county.json}
     */
    public static PolicySet read(ParameterCatalog catalog, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(catalog, in, file.toString());
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("file not found: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read policy " + file + ": " + e.getMessage(), e);
        }
    }

    /** A path in double quotes, whole up to 300 characters (the library's quoting shortens long values more). */
    private static String quoted(String path) {
        return "\"" + (path.length() > 300 ? path.substring(0, 300) + "…" : path) + "\"";
    }

    /** Whether text passed as JSON is rather a file name: one line, no JSON structure, a file-like ending or slash. */
    private static boolean looksLikeAPath(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 4096 || t.indexOf('\n') >= 0 || "{[\"".indexOf(t.charAt(0)) >= 0) {
            return false;
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".json") || t.indexOf('/') >= 0 || t.indexOf('\\') >= 0;
    }

    /**
     * Reads a policy set from a UTF-8 JSON stream (not closed).
     *
     * @param catalog the parameters the file may set
     * @param json the JSON bytes
     * @param name the file's name, for messages
     * @return the validated policy set
     * @throws InvalidPolicyException listing every error with its JSON path
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static PolicySet read(ParameterCatalog catalog, InputStream json, String name) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null
                    ? "$"
                    : "$ (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            throw new InvalidPolicyException(
                    name, List.of(PolicyError.of(where, "not valid JSON: " + e.getOriginalMessage())));
        } catch (java.io.CharConversionException e) {
            // Not a JacksonException: bytes that are not valid UTF-8 are the file's fault, not the stream's.
            throw new InvalidPolicyException(
                    name, List.of(PolicyError.of("$", "not valid UTF-8 text: " + e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read policy " + name, e);
        }
        return new Reader(catalog).read(root, name);
    }

    /**
     * Reads a policy set from a classpath resource, such as the shipped example
     * {@code /org/canlian/rules/policy/examples/county-a.json}: the path starts with {@code /}.
     *
     * @param catalog the catalog that defines the parameters the file may set
     * @param resource the resource's absolute path, starting with {@code /}
     * @return the policy set the resource holds
     * @throws InvalidPolicyException listing every error with its JSON path
     * @throws IllegalArgumentException if no such resource is on the classpath, saying so (and that the path must
     *     start with {@code /} if it does not)
     */
    public static PolicySet readResource(ParameterCatalog catalog, String resource) {
        try (InputStream in = PolicyFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw noSuchResource(resource);
            }
            return read(catalog, in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read policy " + resource, e);
        }
    }

    /** The error for a resource not found, saying what to write instead. */
    private static InvalidValueException noSuchResource(String resource) {
        boolean relative = !resource.startsWith("/");
        String reason = relative && PolicyFiles.class.getResource("/" + resource) != null
                ? "is not found: a classpath resource path starts with '/', write \"/" + resource + "\""
                : relative
                        ? "is not on the classpath; a classpath resource path starts with '/', e.g. \""
                                + EXAMPLE_RESOURCE + "\" (for a file, use PolicyFiles.read(catalog, Path))"
                        : "is not on the classpath (for a file, use PolicyFiles.read(catalog, Path))";
        return InvalidValueException.of("policy resource", "no-such-resource", quoted(resource), reason);
    }

    /** One read: collects every error. */
    private static final class Reader {
        private final ParameterCatalog catalog;
        private final List<PolicyError> errors = new ArrayList<>();
        private final Map<String, Map<DivisionCode, Timeline<?>>> values = new LinkedHashMap<>();
        private final Map<String, Integer> indexOf = new HashMap<>();

        Reader(ParameterCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
        }

        PolicySet read(JsonNode root, String name) {
            if (!root.isObject()) {
                errors.add(PolicyError.of("$", "must be a JSON object, not " + kind(root)));
                throw new InvalidPolicyException(name, errors);
            }
            unknownProperties(root, "$", TOP, "policy file");
            text(root, "$", "policy", true);
            text(root, "$", "note", false);
            optionalText(root, "$", "$schema");
            JsonNode params = root.get("parameters");
            if (params == null) {
                errors.add(PolicyError.of("$.parameters", "is required"));
            } else if (!params.isArray()) {
                errors.add(PolicyError.of("$.parameters", "must be an array, not " + kind(params)));
            } else {
                for (int i = 0; i < params.size(); i++) {
                    parameter(params.get(i), "$.parameters[" + i + "]", i);
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidPolicyException(name, errors);
            }
            PolicySet set = PolicySet.ofChecked(catalog, values);
            for (PolicySet.FloorViolation v : set.floorViolations()) {
                int i = indexOf.get(v.parameter().key() + "@" + v.region());
                errors.add(PolicyError.of("$.parameters[" + i + "].values[" + v.index() + "].value", v.reason()));
            }
            if (!errors.isEmpty()) {
                throw new InvalidPolicyException(name, errors);
            }
            return set.named(root.get("policy").asText());
        }

        private void parameter(JsonNode node, String path, int index) {
            if (!node.isObject()) {
                errors.add(PolicyError.of(path, "must be an object, not " + kind(node)));
                return;
            }
            unknownProperties(node, path, PARAMETER, "parameter entry");
            text(node, path, "note", false);
            Optional<String> key = text(node, path, "parameter", true);
            Optional<ParameterDefinition<?>> definition = key.flatMap(k -> {
                Optional<ParameterDefinition<?>> d = catalog.find(k);
                if (d.isEmpty()) {
                    errors.add(PolicyError.of(path + ".parameter", "unknown parameter \"" + k + "\""));
                }
                return d;
            });
            Optional<DivisionCode> region = text(node, path, "region", true).flatMap(r -> {
                try {
                    return Optional.of(DivisionCode.parse(r));
                } catch (InvalidValueException e) {
                    errors.add(PolicyError.of(path + ".region", e.getMessage()));
                    return Optional.empty();
                }
            });
            JsonNode list = node.get("values");
            if (list == null) {
                errors.add(PolicyError.of(path + ".values", "is required"));
                return;
            }
            if (!list.isArray() || list.isEmpty()) {
                errors.add(PolicyError.of(path + ".values", "must be a non-empty array of dated values"));
                return;
            }
            if (definition.isEmpty()) {
                return;
            }
            timeline(definition.get(), list, path, region, index);
        }

        private <T> void timeline(
                ParameterDefinition<T> definition,
                JsonNode list,
                String path,
                Optional<DivisionCode> region,
                int index) {
            List<DatedValue<T>> parsed = new ArrayList<>();
            Timeline.Checker order = new Timeline.Checker();
            boolean complete = true;
            for (int j = 0; j < list.size(); j++) {
                String valuePath = path + ".values[" + j + "]";
                Optional<DatedValue<T>> v = datedValue(definition, list.get(j), valuePath);
                if (v.isEmpty()) {
                    complete = false;
                    continue;
                }
                // In date order; overlapping earlier values only as a revision published later than each of them.
                Optional<Timeline.Problem> problem = order.add(v.get());
                if (problem.isPresent()) {
                    errors.add(PolicyError.of(valuePath + ".from", problem.get().text));
                    complete = false;
                }
                parsed.add(v.get());
            }
            if (!complete || region.isEmpty()) {
                return;
            }
            Map<DivisionCode, Timeline<?>> regions =
                    values.computeIfAbsent(definition.key(), k -> new LinkedHashMap<>());
            if (regions.containsKey(region.get())) {
                errors.add(PolicyError.of(
                        path + ".region",
                        definition.key() + " is already set for " + region.get() + " in $.parameters["
                                + indexOf.get(definition.key() + "@" + region.get())
                                + "]: give all of a region's values in one entry"));
                return;
            }
            regions.put(region.get(), Timeline.of(parsed));
            indexOf.put(definition.key() + "@" + region.get(), index);
        }

        private <T> Optional<DatedValue<T>> datedValue(ParameterDefinition<T> definition, JsonNode node, String path) {
            if (!node.isObject()) {
                errors.add(PolicyError.of(path, "must be an object, not " + kind(node)));
                return Optional.empty();
            }
            int before = errors.size();
            unknownProperties(node, path, VALUE, "dated value");
            Optional<LocalDate> from = date(node, path, "from", true);
            Optional<LocalDate> until = date(node, path, "until", false);
            Optional<LocalDate> knownFrom = date(node, path, "knownFrom", false);
            Optional<String> unit = text(node, path, "unit", true);
            boolean unitOk =
                    unit.map(u -> checkUnit(definition, u, path + ".unit")).orElse(false);
            Optional<T> value = Optional.empty();
            JsonNode valueNode = node.get("value");
            if (valueNode == null || valueNode.isNull()) {
                errors.add(PolicyError.of(path + ".value", "is required"));
            } else if (unitOk) {
                value = value(definition, valueNode, path + ".value");
            }
            Optional<Source> source = source(node.get("source"), path + ".source");
            if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
                errors.add(PolicyError.of(
                        path + ".until", "ends on " + until.get() + ", before it starts on " + from.get()));
            }
            if (errors.size() > before || from.isEmpty() || value.isEmpty() || source.isEmpty()) {
                return Optional.empty();
            }
            DatedValue<T> v = DatedValue.of(value.get(), from.get(), source.get());
            if (until.isPresent()) {
                v = v.until(until.get());
            }
            if (knownFrom.isPresent()) {
                v = v.knownFrom(knownFrom.get());
            }
            return Optional.of(v);
        }

        private boolean checkUnit(ParameterDefinition<?> definition, String code, String path) {
            Optional<Unit> unit = Unit.find(code);
            if (unit.isEmpty()) {
                errors.add(PolicyError.of(path, "unknown unit \"" + code + "\""));
                return false;
            }
            if (unit.get() != definition.unit()) {
                errors.add(PolicyError.of(
                        path,
                        "unit \"" + code + "\" does not match " + definition.key() + "'s unit "
                                + definition.unit().code()));
                return false;
            }
            return true;
        }

        private <T> Optional<T> value(ParameterDefinition<T> definition, JsonNode node, String path) {
            Object parsed = parseValue(definition, node, path);
            return parsed == null
                    ? Optional.empty()
                    : Optional.of(definition.type().cast(parsed));
        }

        private Object parseValue(ParameterDefinition<?> definition, JsonNode node, String path) {
            Unit unit = definition.unit();
            switch (unit) {
                case CNY_PER_MONTH:
                case CNY_PER_YEAR:
                case CNY:
                    if (!node.isTextual()) {
                        return fail(path, "must be a decimal string of yuan such as \"60.00\", not " + kind(node));
                    }
                    try {
                        Money m = Money.parse(node.asText());
                        return m.isNegative() ? fail(path, "must not be negative: " + node.asText()) : m;
                    } catch (InvalidValueException e) {
                        return fail(path, e.getMessage());
                    }
                case COUNT:
                case WORKING_DAYS:
                    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                        return fail(path, "must be a whole number, not " + kind(node) + " " + node);
                    }
                    return node.asLong() < 0 ? fail(path, "must not be negative: " + node) : (Object) node.asLong();
                case PERCENT:
                case SQUARE_METRES:
                    if (!node.isTextual()) {
                        return fail(path, "must be a decimal string such as \"15\" or \"99.5\", not " + kind(node));
                    }
                    String text = node.asText();
                    if (text.length() > TableReader.MAX_DECIMAL_LENGTH) {
                        // BigDecimal parsing is super-linear in the length: refuse long text unread.
                        return fail(
                                path,
                                org.canlian.core.Masking.quote(text) + " is longer than "
                                        + TableReader.MAX_DECIMAL_LENGTH
                                        + " characters: not a decimal number of this unit");
                    }
                    BigDecimal d;
                    try {
                        d = new BigDecimal(text);
                    } catch (NumberFormatException e) {
                        return fail(path, org.canlian.core.Masking.quote(text) + " is not a decimal number");
                    }
                    if (d.signum() < 0) {
                        return fail(path, "must not be negative: " + org.canlian.core.Masking.quote(text));
                    }
                    if (unit == Unit.PERCENT && d.compareTo(BigDecimal.valueOf(100)) > 0) {
                        return fail(path, "a percentage must not exceed 100: " + org.canlian.core.Masking.quote(text));
                    }
                    return d;
                case PERIOD:
                    if (!node.isTextual()) {
                        return fail(path, "must be an ISO-8601 period such as \"P10Y\", not " + kind(node));
                    }
                    try {
                        Period p = Period.parse(node.asText());
                        if (p.isNegative()) {
                            return fail(path, "must not be a negative period: " + node.asText());
                        }
                        return p.isZero() && !definition.zeroAllowed()
                                ? fail(path, "must be a positive period: " + node.asText())
                                : p;
                    } catch (DateTimeParseException e) {
                        return fail(path, "\"" + node.asText() + "\" is not an ISO-8601 period such as \"P10Y\"");
                    }
                case BOOLEAN:
                    return node.isBoolean() ? (Object) node.asBoolean() : fail(path, "must be true or false");
                case CHOICE:
                    Optional<?> choice = node.isTextual() ? choice(definition, node.asText()) : Optional.empty();
                    if (choice.isEmpty()) {
                        return fail(
                                path,
                                (node.isTextual() ? "\"" + node.asText() + "\"" : kind(node)) + " is not one of "
                                        + definition.choices());
                    }
                    return choice.get();
                case TABLE:
                    return new TableReader(catalog, errors).table(definition, node, path);
                case GROUPS:
                    return groups(definition, node, path);
                default:
                    throw new IllegalStateException("unit " + unit);
            }
        }

        private Object groups(ParameterDefinition<?> definition, JsonNode node, String path) {
            if (!node.isArray()) {
                return fail(path, "must be an array of groups such as [[\"a\", \"b\"]], not " + kind(node));
            }
            if (node.size() > TableReader.MAX_ROWS) {
                return fail(path, "has " + node.size() + " groups; at most " + TableReader.MAX_ROWS + " are allowed");
            }
            int before = errors.size();
            List<List<String>> groups = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode g = node.get(i);
                String gPath = path + "[" + i + "]";
                if (!g.isArray() || g.size() < 2) {
                    fail(
                            gPath,
                            "must be an array of two or more codes, not " + kind(g)
                                    + (g.isArray() ? " of " + g.size() : ""));
                    continue;
                }
                List<String> codes = new ArrayList<>();
                for (int j = 0; j < g.size() && j < TableReader.MAX_ROWS; j++) {
                    JsonNode c = g.get(j);
                    if (!c.isTextual() || !definition.choices().contains(c.asText())) {
                        fail(
                                gPath + "[" + j + "]",
                                (c.isTextual() ? org.canlian.core.Masking.quote(c.asText()) : kind(c))
                                        + " is not one of " + definition.choices());
                    } else if (codes.contains(c.asText())) {
                        fail(gPath + "[" + j + "]", "\"" + c.asText() + "\" appears twice in the group");
                    } else {
                        codes.add(c.asText());
                    }
                }
                groups.add(codes);
            }
            return errors.size() > before ? null : CodeGroups.of(groups);
        }

        /** The constant of a typed choice's enum with this code, if any. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Optional<?> choice(ParameterDefinition<?> definition, String code) {
            Class type = definition.choiceType().orElseThrow();
            return PolicyCode.find(type, code);
        }

        private Object fail(String path, String reason) {
            errors.add(PolicyError.of(path, reason));
            return null;
        }

        private Optional<Source> source(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                errors.add(PolicyError.of(path, "is required: every value cites its source"));
                return Optional.empty();
            }
            if (!node.isObject()) {
                errors.add(PolicyError.of(path, "must be an object, not " + kind(node)));
                return Optional.empty();
            }
            unknownProperties(node, path, SOURCE, "source");
            Optional<String> issuer = text(node, path, "issuer", true);
            Optional<String> document = text(node, path, "document", true);
            Optional<String> article = text(node, path, "article", true);
            Optional<LocalDate> date = date(node, path, "date", true);
            Optional<String> url = text(node, path, "url", false);
            Optional<String> note = text(node, path, "note", false);
            if (issuer.isEmpty() || document.isEmpty() || article.isEmpty() || date.isEmpty()) {
                return Optional.empty();
            }
            Source s = Source.of(issuer.get(), document.get(), article.get(), date.get());
            if (url.isPresent()) {
                s = s.withUrl(url.get());
            }
            if (note.isPresent()) {
                s = s.withNote(note.get());
            }
            return Optional.of(s);
        }

        private void unknownProperties(JsonNode node, String path, Set<String> known, String what) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!known.contains(n)) {
                    errors.add(PolicyError.of(
                            path + "." + n,
                            "unknown property \"" + n + "\" of a " + what + " (known: " + new java.util.TreeSet<>(known)
                                    + ")"));
                }
            }
        }

        private Optional<String> text(JsonNode node, String path, String field, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    errors.add(PolicyError.of(path + "." + field, "is required"));
                }
                return Optional.empty();
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                errors.add(PolicyError.of(path + "." + field, "must be a non-blank string, not " + kind(v)));
                return Optional.empty();
            }
            return Optional.of(v.asText());
        }

        private void optionalText(JsonNode node, String path, String field) {
            text(node, path, field, false);
        }

        private Optional<LocalDate> date(JsonNode node, String path, String field, boolean required) {
            return text(node, path, field, required).flatMap(t -> {
                try {
                    return Optional.of(LocalDate.parse(t));
                } catch (DateTimeParseException e) {
                    errors.add(
                            PolicyError.of(path + "." + field, "\"" + t + "\" is not a date in the form 2015-01-31"));
                    return Optional.empty();
                }
            });
        }
    }

    /** The JSON kind of a node, for messages: {@code a string}, {@code an array}, ... */
    static String kind(JsonNode n) {
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isObject()) {
            return "an object";
        }
        return "null";
    }
}
