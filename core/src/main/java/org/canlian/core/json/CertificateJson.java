package org.canlian.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.certificate.CertificateLifecycle;
import org.canlian.core.certificate.CertificateState;

/**
 * JSON for certificates, applications, commands and events with {@link CanlianJson#mapper()}: polymorphic types
 * carry an explicit {@code "type"} property ({@code @JsonTypeInfo(use = NAME)}), never default typing. Reading is
 * {@link CanlianJson#read(String, Class)}'s, with its one error style: a {@link JsonInputException} naming the JSON
 * path of the property ({@code $.history[2].date}) and the problem, values masked. A state read from JSON must be the
 * one its history rebuilds.
 *
 * <pre>{@code
 * String json = CertificateJson.write(certificate);
 * CertificateState back = CertificateJson.readState(json);        // equals certificate
 * CertificateJson.read("{\"type\":\"accept\",\"x\":1}", CertificateCommand.class);
 * // JsonInputException: Invalid JSON at $.x (line 1, column 20): is not a property of CertificateCommand.Accept
 * }</pre>
 *
 * <p>It lives beside {@link CanlianJson}, not in the certificate package, so that {@code certificate} does not depend
 * on {@code json} while {@code json} names the certificate number. This class is immutable and thread-safe.
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
     * Reads a value of a type, as {@link CanlianJson#read(String, Class)} does.
     *
     * @param json the JSON text
     * @param type e.g. {@code CertificateCommand.class}
     * @param <T> the type
     * @return the value
     * @throws JsonInputException naming the JSON path of the bad property and what is wrong with it
     */
    public static <T> T read(String json, Class<T> type) {
        return CanlianJson.read(json, type);
    }

    /**
     * Reads a state and checks that its history rebuilds it, so that a hand-edited file cannot claim a status its
     * events do not support.
     *
     * @param json the JSON text of an application or certificate
     * @return the state
     * @throws JsonInputException naming the bad property, or (problem {@code history}) the {@code $.history} that does
     *     not rebuild the state
     */
    public static CertificateState readState(String json) {
        CertificateState state = read(json, CertificateState.class);
        CertificateState rebuilt;
        try {
            rebuilt = CertificateLifecycle.replay(state.history());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new JsonInputException(
                    "$.history",
                    "history",
                    "does not replay: " + firstLine(e.getMessage()),
                    0,
                    0,
                    e instanceof InvalidValueException invalid ? invalid : null);
        }
        if (!rebuilt.equals(state)) {
            throw new JsonInputException(
                    "$.history",
                    "history",
                    "replaying the history gives " + rebuilt.describe(state.lastEventDate())
                            + " with other details than the state given",
                    0,
                    0,
                    null);
        }
        return state;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
