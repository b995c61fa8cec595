package org.canlian.core.certificate;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.Masking;
import org.canlian.core.person.ResidentId;

/**
 * Who makes a request on the holder's behalf: the person themself, or a guardian (监护人), who is required for
 * intellectual, psychosocial and minor applicants.
 *
 * <pre>{@code
 * Applicant self = new Applicant.Self();
 * Applicant g = new Applicant.Guardian(ResidentId.parse("11010519491231002X"), "mother");
 * }</pre>
 *
 * <p>Every implementation is an immutable, thread-safe record. JSON: {@code {"type":"guardian", ...}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Applicant.Self.class, name = "self"),
    @JsonSubTypes.Type(value = Applicant.Guardian.class, name = "guardian")
})
public sealed interface Applicant {

    /** The holder applies in person. */
    record Self() implements Applicant {}

    /**
     * A guardian applies for the holder.
     *
     * @param guardian the guardian's resident ID (masked in {@link #toString()})
     * @param relationship the relationship to the holder, e.g. {@code 父亲}
     */
    record Guardian(ResidentId guardian, String relationship) implements Applicant {
        /**
         * Checks the relationship is given.
         *
         * @param guardian the guardian's resident ID (masked in {@link #toString()})
         * @param relationship the relationship to the holder, e.g. {@code 父亲}
         */
        public Guardian {
            Objects.requireNonNull(guardian, "guardian");
            Objects.requireNonNull(relationship, "relationship");
            if (relationship.isBlank()) {
                throw InvalidValueException.of(
                        "guardian relationship", "blank", Masking.quote(relationship), "must say the relationship");
            }
        }
    }
}
