package org.canlian.core.certificate;

import com.fasterxml.jackson.annotation.JsonSubTypes;

/** The JSON type names of commands and events, read from their one declaration in {@code @JsonSubTypes}. */
final class TypeNames {
    private TypeNames() {}

    static String of(Class<?> base, Class<?> type) {
        for (JsonSubTypes.Type t : base.getAnnotation(JsonSubTypes.class).value()) {
            if (t.value() == type) {
                return t.name();
            }
        }
        throw new IllegalStateException(type.getName() + " is not listed in @JsonSubTypes of " + base.getName());
    }
}
