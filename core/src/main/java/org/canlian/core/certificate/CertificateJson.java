package org.canlian.core.certificate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.json.CanlianJson;

/**
 * JSON for certificates, applications, commands and events with {@link CanlianJson#mapper()}: polymorphic types
 * carry an explicit {@code "type"} property ({@code @JsonTypeInfo(use = NAME)}), never default typing. Reading
 * errors become an {@link InvalidValueException} whose field is the JSON path of the property
 * ({@code history[2].date}), and a state read from JSON must be the one its history rebuilds.
 *
 * <pre>{@code
 * String json = CertificateJson.write(certificate);
 * CertificateState back = CertificateJson.readState(json);        // equals certificate
 * CertificateJson.read("{\"type\":\"accept\",\"x\":1}", CertificateCommand.class);
 * // InvalidValueException: Invalid JSON property x (line 1, column 22): Unrecognized field "x" ...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CertificateJson {
    private static final JsonMapper MAPPER = CanlianJson.mapper();

    private CertificateJson() {}

    /**
     * Writes a command, event, state or any other certificate value as JSON.
     *
     * @param value the value
     * @return the JSON text
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(Objects.requireNonNull(value, "value"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads a value of a type.
     *
     * @param json the JSON text
     * @param type e.g. {@code CertificateCommand.class}
     * @param <T> the type
     * @return the value
     * @throws InvalidValueException naming the JSON path of the bad property and what is wrong with it
     */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonMappingException e) {
            throw InvalidValueException.of(
                    "JSON property " + path(e.getPath()), "json", where(e), scrub(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw InvalidValueException.of("JSON text", "json-syntax", where(e), scrub(e.getOriginalMessage()));
        }
    }

    /**
     * Reads a state and checks that its history rebuilds it, so that a hand-edited file cannot claim a status its
     * events do not support.
     *
     * @param json the JSON text of an application or certificate
     * @return the state
     * @throws InvalidValueException naming the bad property, or the {@code history} that does not rebuild the state
     */
    public static CertificateState readState(String json) {
        CertificateState state = read(json, CertificateState.class);
        CertificateState rebuilt;
        try {
            rebuilt = CertificateLifecycle.replay(state.history());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw InvalidValueException.of("JSON property history", "history", "(history)", scrub(e.getMessage()));
        }
        if (!rebuilt.equals(state)) {
            throw InvalidValueException.of(
                    "JSON property history",
                    "history-rebuilds-state",
                    "(history)",
                    "replaying the history gives " + rebuilt.describe(state.lastEventDate())
                            + " with other details than the state given");
        }
        return state;
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.length() == 0 ? "(root)" : b.toString();
    }

    /** Where in the text, never the text itself: it may hold resident IDs. */
    private static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? "(JSON)" : "(line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /** Jackson's message, first line only, with every run of digits that could hold a birth date masked. */
    private static String scrub(String message) {
        if (message == null) {
            return "invalid";
        }
        int nl = message.indexOf('\n');
        return Masking.redact(nl < 0 ? message : message.substring(0, nl));
    }
}
