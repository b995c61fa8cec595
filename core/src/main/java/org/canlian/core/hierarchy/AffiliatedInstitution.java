package org.canlian.core.hierarchy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.canlian.core.CanlianStyle;
import org.canlian.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * An institution attached to a federation with its own staffing quota, e.g. a rehabilitation centre (CDPF charter; county federations' work reports, 2009-2024:
 * one county's rehabilitation centre has a quota of 15).
 *
 * <pre>{@code
 * AffiliatedInstitution.of("残疾人康复中心", 15);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableAffiliatedInstitution.class)
@JsonDeserialize(as = ImmutableAffiliatedInstitution.class)
public abstract class AffiliatedInstitution {
    AffiliatedInstitution() {}

    /** {@return the institution's name} */
    public abstract String name();

    /** {@return its staffing quota (编制), 0 or more} */
    public abstract int staffingQuota();

    /**
     * An institution.
     *
     * @param name the name, not blank
     * @param staffingQuota the quota, 0 or more
     * @return the institution
     */
    public static AffiliatedInstitution of(String name, int staffingQuota) {
        return ImmutableAffiliatedInstitution.builder()
                .name(name)
                .staffingQuota(staffingQuota)
                .build();
    }

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw InvalidValueException.of("institution name", "blank", "\"" + name() + "\"", "must not be blank");
        }
        if (staffingQuota() < 0) {
            throw InvalidValueException.of(
                    "institution staffing quota", "negative", Integer.toString(staffingQuota()), "must be 0 or more");
        }
    }
}
