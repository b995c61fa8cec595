package org.canlian.core.hierarchy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.canlian.core.CanlianStyle;
import org.canlian.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * How a federation is run (CDPF charter; county federations' work reports, 2009-2024): its chair and vice-chairs, its staffing quota (编制) and the staff actually
 * in post (disabled and not), its internal departments and affiliated institutions.
 *
 * <pre>{@code
 * Governance linze = Governance.builder()
 *         .chair(Leader.of("理事长", false))
 *         .addViceChairs(Leader.of("副理事长甲", true), Leader.of("副理事长乙", false))
 *         .staffingQuota(8)
 *         .staffDisabled(2)
 *         .staffNotDisabled(6)
 *         .addDepartments("办公室", "康复就业部")
 *         .build();
 * linze.staffInPost();           // 8
 * linze.disabledViceChairs();    // 1
 * }</pre>
 *
 * <p>Checked: counts are 0 or more. Staff above the quota is allowed (it happens; a standard may flag it). This class
 * is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableGovernance.class)
@JsonDeserialize(as = ImmutableGovernance.class)
public abstract class Governance {
    Governance() {}

    /** The chair (理事长), if the post is filled. */
    public abstract Optional<Leader> chair();

    /** The vice-chairs (副理事长). */
    public abstract List<Leader> viceChairs();

    /** The staffing quota (编制) of the federation itself. */
    public abstract int staffingQuota();

    /** Staff in post who are disabled persons. */
    public abstract int staffDisabled();

    /** Staff in post who are not disabled. */
    public abstract int staffNotDisabled();

    /** Internal departments (内设机构), by name. */
    public abstract List<String> departments();

    /** Affiliated institutions (直属单位) with their own quotas. */
    public abstract List<AffiliatedInstitution> affiliatedInstitutions();

    /** All staff in post. */
    public int staffInPost() {
        return staffDisabled() + staffNotDisabled();
    }

    /** How many vice-chairs are disabled persons. */
    public int disabledViceChairs() {
        return (int) viceChairs().stream().filter(Leader::disabled).count();
    }

    @Value.Check
    void check() {
        nonNegative("staffing quota", staffingQuota());
        nonNegative("disabled staff", staffDisabled());
        nonNegative("non-disabled staff", staffNotDisabled());
    }

    private static void nonNegative(String field, int value) {
        if (value < 0) {
            throw InvalidValueException.of(field, "negative", Integer.toString(value), "must be 0 or more");
        }
    }

    /** A builder; counts are required, leaders and lists optional. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Governance}. Not thread-safe. */
    public static final class Builder extends ImmutableGovernance.Builder {}
}
