package org.canlian.core.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON settings canlian is tested with: its {@link CanlianModule}, java.time and Optional support, unknown
 * properties and nulls for primitives rejected, dates as ISO text, no default typing.
 *
 * <pre>{@code
 * JsonMapper mapper = CanlianJson.mapper();
 * String json = mapper.writeValueAsString(Money.ofYuan(60));     // "\"60.00\""
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each call returns a new mapper, which callers may keep and share.
 */
public final class CanlianJson {
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
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }
}
