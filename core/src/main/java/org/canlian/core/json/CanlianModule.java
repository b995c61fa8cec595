package org.canlian.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import org.canlian.core.InvalidValueException;
import org.canlian.core.certificate.CertificateNumber;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.money.Money;
import org.canlian.core.person.ResidentId;

/**
 * The Jackson module for canlian's value types, each written as a JSON string: {@link ResidentId} and
 * {@link CertificateNumber} in full (JSON is an explicit export of the value, not a log line), {@link DivisionCode}
 * as its digits, {@link Money} as a decimal string of yuan ({@code "1234.50"}), never a float.
 *
 * <p>Registered by {@code ObjectMapper.findAndRegisterModules()} through {@code META-INF/services}, or by hand:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CanlianModule());
 * mapper.writeValueAsString(Money.parse("1234.5"));          // "\"1234.50\""
 * mapper.readValue("\"620723\"", DivisionCode.class);       // 620723
 * }</pre>
 *
 * <p>A value that breaks a rule fails with an {@link InvalidFormatException} whose message is the value type's own
 * (personal values masked) and whose path names the property. This class is immutable and thread-safe.
 */
public final class CanlianModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public CanlianModule() {
        super("canlian", Version.unknownVersion());
        addValue(ResidentId.class, ResidentId::reveal, ResidentId::parse);
        addValue(CertificateNumber.class, CertificateNumber::reveal, CertificateNumber::parse);
        addValue(DivisionCode.class, DivisionCode::value, DivisionCode::parse);
        addValue(Money.class, Money::toPlainString, Money::parse);
    }

    private <T> void addValue(Class<T> type, Function<T, String> writer, Function<String, T> reader) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(writer.apply(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    @SuppressWarnings("unchecked")
                    T unexpected = (T) ctxt.handleUnexpectedToken(type, p);
                    return unexpected;
                }
                String text = p.getText();
                try {
                    return reader.apply(text);
                } catch (InvalidValueException e) {
                    // The value type's message is already masked; the raw text must not reach the exception.
                    InvalidFormatException failure =
                            InvalidFormatException.from(p, e.getMessage(), e.rejectedValue(), type);
                    // Kept so that CanlianJson.read can hand the value type's own exception (rule, reason) on.
                    failure.initCause(e);
                    throw failure;
                }
            }
        });
    }
}
