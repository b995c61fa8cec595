package org.canlian.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
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
 * as its digits, {@link Money} as a decimal string of yuan ({@code "1234.50"}), never a float. The dates of canlian's
 * own types ({@code LocalDate}, {@code YearMonth} and the other {@code java.time} values their properties hold) are
 * written as ISO text ({@code "2024-01-01"}), whatever the mapper's {@code WRITE_DATES_AS_TIMESTAMPS}; the
 * application's own types keep the mapper's settings. An explicit {@code @JsonFormat} on a property still wins.
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

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        // Appended, so that Jackson's own annotations (an explicit @JsonFormat) are read first and win.
        context.appendAnnotationIntrospector(new IsoDates());
    }

    /**
     * Gives the {@code java.time} properties of canlian's types the string shape, which java.time's serializers write
     * as ISO text: a plain {@code new ObjectMapper()} writes dates as arrays ({@code [2024,1,1]}) otherwise.
     */
    private static final class IsoDates extends NopAnnotationIntrospector {
        private static final long serialVersionUID = 1L;
        private static final JsonFormat.Value ISO_TEXT = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);

        @Override
        public JsonFormat.Value findFormat(Annotated annotated) {
            // Accessors only: serialisation reads them; reading JSON accepts ISO text either way.
            if (annotated instanceof AnnotatedMethod accessor
                    && accessor.getParameterCount() == 0
                    && accessor.getDeclaringClass().getName().startsWith("org.canlian.")
                    && holdsTime(accessor.getType())) {
                return ISO_TEXT;
            }
            return null;
        }

        /** A java.time type, or a container of one ({@code List<LocalDate>}, {@code Optional<YearMonth>}, ...). */
        private static boolean holdsTime(JavaType type) {
            if (type.getRawClass().getName().startsWith("java.time.")) {
                return true;
            }
            if (type.getContentType() != null && holdsTime(type.getContentType())) {
                return true;
            }
            for (int i = 0; i < type.containedTypeCount(); i++) {
                if (holdsTime(type.containedType(i))) {
                    return true;
                }
            }
            return false;
        }
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
