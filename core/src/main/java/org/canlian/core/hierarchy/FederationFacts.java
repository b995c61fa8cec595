package org.canlian.core.hierarchy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.canlian.core.CanlianStyle;
import org.canlian.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * What is known about one federation (township level and above): its governance, its special associations, its own
 * officers (a township or street office's 专职委员), its comprehensive service facility's floor area and the
 * registered population it serves. Each may be unknown; a standard reports an unknown figure as not reported.
 *
 * <pre>{@code
 * FederationFacts county = FederationFacts.builder()
 *         .governance(governance)
 *         .addSpecialAssociations(SpecialAssociation.of(SpecialAssociationKind.BLIND, true, 1, Money.ofYuan(5_000)))
 *         .serviceFacilityFloorArea(1_000)
 *         .population(150_000)
 *         .build();
 * }</pre>
 *
 * <p>Checked: each special association kind at most once; floor area and population not negative. Where the facts
 * may be attached (level, officers' unit) is checked by {@link HierarchyFacts}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
@CanlianStyle
@JsonSerialize(as = ImmutableFederationFacts.class)
@JsonDeserialize(as = ImmutableFederationFacts.class)
public abstract class FederationFacts {
    FederationFacts() {}

    /** {@return the governance, if reported} */
    public abstract Optional<Governance> governance();

    /** {@return the special associations the federation has (province, prefecture and county only)} */
    public abstract List<SpecialAssociation> specialAssociations();

    /** {@return the federation's own officers (township and street office federations)} */
    public abstract List<Officer> officers();

    /** {@return the comprehensive service facility's floor area in square metres (综合服务设施面积), if reported} */
    public abstract OptionalInt serviceFacilityFloorArea();

    /** {@return the registered population (户籍人口) of the unit, if reported; it sets a county's facility band} */
    public abstract OptionalLong population();

    /**
     * The special association of a kind.
     *
     * @param kind the kind
     * @return it, or empty if the federation has none of that kind
     */
    public Optional<SpecialAssociation> specialAssociation(SpecialAssociationKind kind) {
        return specialAssociations().stream().filter(a -> a.kind() == kind).findFirst();
    }

    @Value.Check
    void check() {
        Set<SpecialAssociationKind> seen = EnumSet.noneOf(SpecialAssociationKind.class);
        for (SpecialAssociation a : specialAssociations()) {
            if (!seen.add(a.kind())) {
                throw InvalidValueException.of(
                        "special association", "duplicate", a.kind().name(), "is listed twice for one federation");
            }
        }
        if (serviceFacilityFloorArea().isPresent() && serviceFacilityFloorArea().getAsInt() < 0) {
            throw InvalidValueException.of(
                    "service facility floor area",
                    "negative",
                    Integer.toString(serviceFacilityFloorArea().getAsInt()),
                    "must be 0 or more square metres");
        }
        if (population().isPresent() && population().getAsLong() < 0) {
            throw InvalidValueException.of(
                    "population", "negative", Long.toString(population().getAsLong()), "must be 0 or more");
        }
    }

    /** {@return a builder; every attribute is optional} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link FederationFacts}. Not thread-safe. */
    public static final class Builder extends ImmutableFederationFacts.Builder {}
}
