package org.canlian.core.hierarchy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.canlian.core.CanlianStyle;
import org.canlian.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A federation's chair (理事长) or vice-chair (副理事长), and whether the person is disabled (CDPF charter; county federations' work reports, 2009-2024: at least
 * one vice-chair a disabled person where rules say so).
 *
 * <pre>{@code
 * Leader.of("张明", true).disabled();     // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableLeader.class)
@JsonDeserialize(as = ImmutableLeader.class)
public abstract class Leader {
    Leader() {}

    /** {@return the person's name} */
    public abstract String name();

    /** {@return whether the person is a disabled person} */
    public abstract boolean disabled();

    /**
     * A leader.
     *
     * @param name the name, not blank
     * @param disabled whether a disabled person
     * @return the leader
     */
    public static Leader of(String name, boolean disabled) {
        return ImmutableLeader.builder().name(name).disabled(disabled).build();
    }

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw InvalidValueException.of("leader name", "blank", "\"" + name() + "\"", "must not be blank");
        }
    }
}
