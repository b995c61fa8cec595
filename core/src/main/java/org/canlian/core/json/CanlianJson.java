package org.canlian.core.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.canlian.core.IncompleteBuilderException;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;

/**
 * The JSON settings canlian is tested with, and a strict reader. {@link #mapper()}: its {@link CanlianModule},
 * java.time and Optional support, unknown properties, nulls for primitives and duplicate keys rejected, trailing
 * content after the value rejected, dates as ISO text, no default typing. {@link #read(String, Class)}: reads one
 * JSON value and turns every Jackson failure into a {@link JsonInputException} naming the JSON property.
 *
 * <pre>{@code
 * JsonMapper mapper = CanlianJson.mapper();
 * String json = mapper.writeValueAsString(Money.ofYuan(60));     // "\"60.00\""
 * Money amount = CanlianJson.read("\"60.00\"", Money.class);     // 60.00
 * CanlianJson.read("\"12.345\"", Money.class);
 *     // JsonInputException: Invalid JSON at $ (line 1, column 1): Invalid money amount "12.345": has more than 2
 *     // decimal places (amounts are whole fen)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each call of {@link #mapper()} returns a new mapper, which callers may
 * keep and share.
 */
public final class CanlianJson {
    /** The mapper {@code read} uses; a configured mapper is thread-safe. */
    private static final JsonMapper READER = mapper();

    private static final Pattern NULL_ELEMENT = Pattern.compile("(\\w+) (?:element|value|key)");

    private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]{0,63}");
    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("[0-9]{6}");

    private CanlianJson() {}

    /**
     * A new mapper with canlian's settings.
     *
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return JsonMapper.builder()
                .addModule(new CanlianModule())
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    /**
     * Reads one JSON value as {@code type}.
     *
     * @param json the JSON text
     * @param type the type to read, e.g. an Immutables DTO with {@code @JsonDeserialize(as = ImmutableX.class)}
     * @param <T> the type
     * @return the value, never null
     * @throws JsonInputException naming the JSON property and what is wrong with it
     */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(() -> READER.createParser(json), READER.constructType(type));
    }

    /**
     * Reads one JSON value as a generic type, e.g. {@code new TypeReference<List<Money>>() {}}.
     *
     * @param json the JSON text
     * @param type the type to read
     * @param <T> the type
     * @return the value, never null
     * @throws JsonInputException naming the JSON property and what is wrong with it
     */
    public static <T> T read(String json, TypeReference<T> type) {
        Objects.requireNonNull(json, "json");
        return read(() -> READER.createParser(json), READER.constructType(type));
    }

    /**
     * Reads one JSON value from bytes in UTF-8, UTF-16 or UTF-32 (detected as JSON allows).
     *
     * @param json the JSON bytes
     * @param type the type to read
     * @param <T> the type
     * @return the value, never null
     * @throws JsonInputException naming the JSON property and what is wrong with it, or {@code encoding} for bytes
     *     that are not text in a Unicode encoding
     */
    public static <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(() -> READER.createParser(json), READER.constructType(type));
    }

    /**
     * Reads one JSON value from a stream, which is read to its end and closed.
     *
     * @param json the JSON bytes
     * @param type the type to read
     * @param <T> the type
     * @return the value, never null
     * @throws JsonInputException naming the JSON property and what is wrong with it
     * @throws UncheckedIOException if the stream itself fails
     */
    public static <T> T read(InputStream json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(() -> READER.createParser(json), READER.constructType(type));
    }

    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private static <T> T read(ParserSource source, JavaType type) {
        JsonParser parser = null;
        try {
            parser = source.open();
            if (parser.nextToken() == null) {
                throw new JsonInputException("$", "empty", "there is no JSON value (the input is empty)", 0, 0, null);
            }
            T value = READER.readValue(parser, type);
            if (value == null) {
                throw new JsonInputException("$", "null", "must not be null", 1, 1, null);
            }
            return value;
        } catch (JsonMappingException e) {
            throw translate(e, parser, type);
        } catch (StreamConstraintsException e) {
            throw translateLimit(
                    e, parser == null ? "$" : toPath(parser.getParsingContext().pathAsPointer()));
        } catch (StreamReadException e) {
            throw translateSyntax(e, parser);
        } catch (CharConversionException e) {
            throw new JsonInputException("$", "encoding", "is not text in UTF-8, UTF-16 or UTF-32", 0, 0, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // Nothing was lost: the value was read, or a clearer exception is already on its way.
            }
        }
    }

    private static JsonInputException translateSyntax(StreamReadException e, JsonParser parser) {
        String path = parser == null ? "$" : toPath(parser.getParsingContext().pathAsPointer());
        JsonLocation at = e.getLocation();
        String original = String.valueOf(e.getOriginalMessage());
        String problem;
        String reason;
        if (e instanceof InputCoercionException coercion) {
            problem = "wrong-type";
            reason = "is a number out of the range of " + simpleName(coercion.getTargetType());
        } else if (original.startsWith("Duplicate field")) {
            problem = "duplicate-property";
            reason = "appears twice in the same object";
        } else if (original.startsWith("Invalid UTF-8") || original.contains("Invalid UTF-32")) {
            problem = "encoding";
            reason = "is not text in UTF-8, UTF-16 or UTF-32";
        } else if (original.startsWith("Trailing token")) {
            problem = "trailing-content";
            reason = "has more content after the JSON value";
        } else if (e instanceof JsonEOFException) {
            problem = "syntax";
            reason = "the input ends before the JSON value does";
        } else {
            // Jackson's own text may quote the input (an unquoted resident ID, say): it is not passed on.
            problem = "syntax";
            reason = "is not well-formed JSON";
        }
        return new JsonInputException(path, problem, reason, line(at), column(at), null);
    }

    /**
     * A document beyond the reader's limits (pitfall 10): nesting deeper than 1,000 levels, a number longer than
     * 1,000 digits, a string longer than 20,000,000 characters, a property name longer than 50,000. Jackson stops
     * there, before doing the work; its {@link StreamConstraintsException} is an {@code IOException} that is neither a
     * {@code StreamReadException} nor a {@code JsonMappingException}.
     */
    private static JsonInputException translateLimit(StreamConstraintsException e, String path) {
        StreamReadConstraints limits = READER.getFactory().streamReadConstraints();
        String original = String.valueOf(e.getOriginalMessage());
        String reason;
        if (original.startsWith("Document nesting depth")) {
            // The path would be a thousand levels of [0]: the document as a whole is at fault.
            path = "$";
            reason = "is nested deeper than the limit of " + grouped(limits.getMaxNestingDepth()) + " levels";
        } else if (original.startsWith("Number value length")) {
            reason = "is a number longer than the limit of " + grouped(limits.getMaxNumberLength()) + " digits";
        } else if (original.startsWith("String value length")) {
            reason = "is a string longer than the limit of " + grouped(limits.getMaxStringLength()) + " characters";
        } else if (original.startsWith("Name length")) {
            reason = "has a property name longer than the limit of " + grouped(limits.getMaxNameLength())
                    + " characters";
        } else {
            reason = "is beyond a limit of the JSON reader";
        }
        JsonLocation at = e.getLocation();
        return new JsonInputException(path, "limit", reason, line(at), column(at), null);
    }

    private static String grouped(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }

    private static JsonInputException translate(JsonMappingException e, JsonParser parser, JavaType type) {
        if (e instanceof InvalidDefinitionException) {
            // Not the input's fault: the type cannot be read at all.
            throw new IllegalStateException("cannot read " + type.getRawClass().getName() + " from JSON", e);
        }
        if (e.getCause() instanceof StreamConstraintsException limit) {
            // Databind wraps it, with the path, when a deserializer meets it inside an object.
            return translateLimit(limit, toPath(e.getPath()));
        }
        if (e.getCause() instanceof StreamReadException wrapped) {
            // Jackson wraps a number out of range (and other token-level failures) met inside an object.
            JsonInputException inner = translateSyntax(wrapped, parser);
            return new JsonInputException(
                    toPath(e.getPath()), inner.problem(), inner.reason(), inner.line(), inner.column(), null);
        }
        String path = toPath(e.getPath());
        JsonLocation at = e.getLocation();
        int line = line(at);
        int column = column(at);
        InvalidValueException invalid = findInvalidValue(e);
        if (invalid != null) {
            return new JsonInputException(path, "invalid-value", invalid.getMessage(), line, column, invalid);
        }
        if (e instanceof PropertyBindingException unknown) {
            String known = unknown.getKnownPropertyIds() == null
                    ? ""
                    : " (known: "
                            + unknown.getKnownPropertyIds().stream()
                                    .map(String::valueOf)
                                    .sorted()
                                    .collect(Collectors.joining(", "))
                            + ")";
            return new JsonInputException(
                    path,
                    "unknown-property",
                    "is not a property of " + publicName(unknown.getReferringClass()) + known,
                    line,
                    column,
                    null);
        }
        if (e instanceof ValueInstantiationException instantiation) {
            return translateInstantiation(instantiation, path, line, column);
        }
        if (e instanceof InvalidTypeIdException typeId) {
            return translateTypeId(typeId, path, line, column);
        }
        if (e instanceof InvalidNullException) {
            return new JsonInputException(path, "null", "must not be null", line, column, null);
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return new JsonInputException(
                    "$", "trailing-content", "has more content after the JSON value", line, column, null);
        }
        if (e instanceof InvalidFormatException format && format.getValue() instanceof Number) {
            return new JsonInputException(
                    path,
                    "invalid-value",
                    "is a number out of the range of " + simpleName(format.getTargetType()),
                    line,
                    column,
                    null);
        }
        if (e instanceof InvalidFormatException format) {
            return new JsonInputException(
                    path, "invalid-value", "is not a valid " + expected(format.getTargetType()), line, column, null);
        }
        if (e instanceof MismatchedInputException mismatch) {
            JsonToken found = parser == null ? null : parser.currentToken();
            Class<?> target = mismatch.getTargetType();
            if (found == JsonToken.VALUE_NULL) {
                return new JsonInputException(path, "null", "must not be null", line, column, null);
            }
            if (found == JsonToken.END_OBJECT && target != null && !target.isPrimitive()) {
                // Jackson reports a missing creator property at the end of its object.
                return new JsonInputException(
                        path, "missing-property", "is required but missing or null", line, column, null);
            }
            return new JsonInputException(
                    path,
                    "wrong-type",
                    "must be " + shape(target) + (found == null ? "" : ", not " + describe(found)),
                    line,
                    column,
                    null);
        }
        return new JsonInputException(
                path, "invalid-value", "cannot be read as " + simpleName(type.getRawClass()), line, column, null);
    }

    /**
     * A polymorphic value ({@code @JsonTypeInfo(use = NAME)}) whose type property is missing or names no subtype: the
     * path is the type property's, the known names are those of {@code @JsonSubTypes}.
     */
    private static JsonInputException translateTypeId(InvalidTypeIdException e, String path, int line, int column) {
        Class<?> base = e.getBaseType() == null ? null : e.getBaseType().getRawClass();
        JsonTypeInfo info = base == null ? null : base.getAnnotation(JsonTypeInfo.class);
        String property = info == null || info.property().isEmpty() ? "type" : info.property();
        JsonSubTypes subtypes = base == null ? null : base.getAnnotation(JsonSubTypes.class);
        String known = subtypes == null
                ? ""
                : " (one of "
                        + Arrays.stream(subtypes.value())
                                .map(JsonSubTypes.Type::name)
                                .sorted()
                                .collect(Collectors.joining(", "))
                        + ")";
        String what = base == null ? "the value" : simpleName(publicType(base));
        if (e.getTypeId() == null) {
            return new JsonInputException(
                    path + segment(property),
                    "missing-property",
                    "is required: it names the kind of " + what + known,
                    line,
                    column,
                    null);
        }
        return new JsonInputException(
                path + segment(property),
                "unknown-type",
                Masking.quote(e.getTypeId()) + " is not a kind of " + what + known,
                line,
                column,
                null);
    }

    private static JsonInputException translateInstantiation(
            ValueInstantiationException e, String path, int line, int column) {
        Throwable cause = e.getCause();
        String causeMessage = cause == null ? "" : String.valueOf(cause.getMessage());
        if (cause instanceof IncompleteBuilderException incomplete
                && !incomplete.missingAttributes().isEmpty()) {
            // Immutables checks required attributes in its builder, before any validator runs (pitfall 3).
            List<String> names = incomplete.missingAttributes();
            String first = path + "." + names.get(0);
            String reason = "is required but missing or null"
                    + (names.size() > 1 ? " (so are " + String.join(", ", names.subList(1, names.size())) + ")" : "");
            return new JsonInputException(first, "missing-property", reason, line, column, null);
        }
        if (cause instanceof NullPointerException) {
            // Immutables names the collection attribute that received a null element: "payments element".
            Matcher element = NULL_ELEMENT.matcher(causeMessage);
            String where = element.matches() ? path + segment(element.group(1)) : path;
            return new JsonInputException(where, "null", "must not contain null", line, column, null);
        }
        return new JsonInputException(
                path,
                "invalid-value",
                "cannot make a "
                        + simpleName(
                                e.getType() == null ? Object.class : e.getType().getRawClass()) + ": " + causeMessage,
                line,
                column,
                null);
    }

    private static InvalidValueException findInvalidValue(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidValueException invalid) {
                return invalid;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String toPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path.append(segment(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String toPath(JsonPointer pointer) {
        StringBuilder path = new StringBuilder("$");
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement() && p.getMatchingProperty().equals(Integer.toString(p.getMatchingIndex()))) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                path.append(segment(p.getMatchingProperty()));
            }
        }
        return path.toString();
    }

    /**
     * A property name as a path segment. Names come from the input, so one that does not look like a property
     * (an ID typed as a key, a broken document) is shown masked: {@code $["110105********002X"]}.
     */
    private static String segment(String name) {
        if (PROPERTY_NAME.matcher(name).matches()
                && !LONG_DIGIT_RUN.matcher(name).find()) {
            return "." + name;
        }
        return "[\"" + Masking.mask(name).replace("\"", "\\\"") + "\"]";
    }

    private static int line(JsonLocation at) {
        return at == null ? 0 : Math.max(at.getLineNr(), 0);
    }

    private static int column(JsonLocation at) {
        return at == null ? 0 : Math.max(at.getColumnNr(), 0);
    }

    /** The public type behind an Immutables class: {@code ImmutableHolder.Json} and {@code ImmutableHolder} are {@code Holder}. */
    static String publicName(Class<?> type) {
        return type == null ? "the object" : simpleName(publicType(type));
    }

    private static Class<?> publicType(Class<?> type) {
        Class<?> c = type;
        if (c.getSimpleName().equals("Json")
                && c.getEnclosingClass() != null
                && c.getEnclosingClass().getSimpleName().startsWith("Immutable")) {
            c = c.getEnclosingClass();
        }
        if (c.getSimpleName().startsWith("Immutable")) {
            if (c.getSuperclass() != null && c.getSuperclass() != Object.class) {
                return c.getSuperclass();
            }
            if (c.getInterfaces().length > 0) {
                return c.getInterfaces()[0];
            }
        }
        return c;
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        Class<?> outer = type.getEnclosingClass();
        return outer == null || type.isAnonymousClass()
                ? type.getSimpleName()
                : simpleName(outer) + "." + type.getSimpleName();
    }

    private static String expected(Class<?> target) {
        if (target != null && target.isEnum()) {
            return simpleName(target) + " (one of "
                    + Arrays.stream(target.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "))
                    + ")";
        }
        return target == null ? "value" : simpleName(publicType(target));
    }

    /** What JSON shape a Java type is read from, for a wrong-type message. */
    private static String shape(Class<?> target) {
        if (target == null) {
            return "another kind of value";
        }
        String name = simpleName(publicType(target));
        if (target == String.class
                || target.isEnum()
                || target == ResidentId.class
                || target == CertificateNumber.class
                || target == DivisionCode.class
                || target == Money.class
                || target.getName().startsWith("java.time.")) {
            return "a string (" + name + ")";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true or false";
        }
        if (target.isPrimitive() || Number.class.isAssignableFrom(target)) {
            return "a number (" + name + ")";
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(target)) {
            return "an object";
        }
        return "an object (" + name + ")";
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
            case START_ARRAY, END_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }
}
