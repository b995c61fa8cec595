package org.canlian.core.hierarchy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.canlian.core.CanlianStyle;
import org.canlian.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * What is known about a village's or community's association (村/社区残协, county federations' work reports, 2009-2024): whether it is formed,
 * its officers and whether it has an activity room.
 *
 * <pre>{@code
 * GrassrootsAssociation.builder().formed(true).addOfficers(officer).activityRoom(true).build();
 * GrassrootsAssociation.NOT_FORMED.formed();     // false
 * }</pre>
 *
 * <p>Checked: an association not formed has no officers and no activity room. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableGrassrootsAssociation.class)
@JsonDeserialize(as = ImmutableGrassrootsAssociation.class)
public abstract class GrassrootsAssociation {
    /** An association reported as not formed. */
    public static final GrassrootsAssociation NOT_FORMED = ImmutableGrassrootsAssociation.builder()
            .formed(false)
            .activityRoom(false)
            .build();

    GrassrootsAssociation() {}

    /** Whether the association is formed (成立). */
    public abstract boolean formed();

    /** Its officers (专职委员), each serving this association's unit. */
    public abstract List<Officer> officers();

    /** Whether it has an activity room (活动室). */
    public abstract boolean activityRoom();

    @Value.Check
    void check() {
        if (!formed() && (!officers().isEmpty() || activityRoom())) {
            throw InvalidValueException.of(
                    "grassroots association",
                    "not-formed",
                    "formed=false",
                    "an association not formed has no officers and no activity room");
        }
    }

    /** A builder; {@code formed} and {@code activityRoom} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GrassrootsAssociation}. Not thread-safe. */
    public static final class Builder extends ImmutableGrassrootsAssociation.Builder {}
}
