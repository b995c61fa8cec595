package org.canlian.core.hierarchy;

import java.util.Objects;
import java.util.Optional;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.core.division.DivisionLevel;

/**
 * The facts reported about the units of one {@link Hierarchy}: {@link FederationFacts} for federations,
 * {@link GrassrootsAssociation} for villages and communities. Kept apart from the tree so that the tree stays compact
 * and one tree can be checked against several years' facts; stored by the tree's positions, one reference per unit.
 *
 * <pre>{@code
 * HierarchyFacts facts = HierarchyFacts.builder(linze)
 *         .federation(DivisionCode.parse("620723"), countyFacts)
 *         .association(DivisionCode.parse("620723101201"), formedWithOfficer)
 *         .build();
 * facts.association(DivisionCode.parse("620723101202"));   // Optional.empty: not reported
 * }</pre>
 *
 * <p>Checked when added, each error naming the unit: the unit is in the tree; federation facts go to a federation and
 * association facts to a village-level unit; special associations only at province, prefecture and county level;
 * every officer serves the very unit the facts are about. This class is immutable and thread-safe.
 */
public final class HierarchyFacts {
    private final Hierarchy hierarchy;
    private final FederationFacts[] federations;
    private final GrassrootsAssociation[] associations;

    private HierarchyFacts(Hierarchy hierarchy, FederationFacts[] federations, GrassrootsAssociation[] associations) {
        this.hierarchy = hierarchy;
        this.federations = federations;
        this.associations = associations;
    }

    /**
     * A builder of facts about the units of a tree.
     *
     * @param hierarchy the tree
     * @return the builder
     */
    public static Builder builder(Hierarchy hierarchy) {
        return new Builder(Objects.requireNonNull(hierarchy, "hierarchy"));
    }

    /** {@return the tree these facts are about} */
    public Hierarchy hierarchy() {
        return hierarchy;
    }

    /**
     * {@return a federation's facts, empty if not reported or if the tree has no such unit}
     *
     * @param code the code of a federation of the tree
     */
    public Optional<FederationFacts> federation(DivisionCode code) {
        int i = hierarchy.indexOf(code);
        return i < 0 ? Optional.empty() : Optional.ofNullable(federations[i]);
    }

    /**
     * {@return an association's facts, empty if not reported or if the tree has no such unit}
     *
     * @param code the code of a grassroots association's unit
     */
    public Optional<GrassrootsAssociation> association(DivisionCode code) {
        int i = hierarchy.indexOf(code);
        return i < 0 ? Optional.empty() : Optional.ofNullable(associations[i]);
    }

    /**
     * {@return the federation facts at a position of the tree, or null if not reported (for single-pass computations)}
     *
     * @param index a position in the tree, as {@link Hierarchy} numbers it
     */
    public FederationFacts federationAt(int index) {
        return federations[index];
    }

    /**
     * {@return the association facts at a position of the tree, or null if not reported (for single-pass computations)}
     *
     * @param index a position in the tree, as {@link Hierarchy} numbers it
     */
    public GrassrootsAssociation associationAt(int index) {
        return associations[index];
    }

    /** Collects facts; a unit's facts given twice replace the earlier ones. Not thread-safe. */
    public static final class Builder {
        private final Hierarchy hierarchy;
        private final FederationFacts[] federations;
        private final GrassrootsAssociation[] associations;

        private Builder(Hierarchy hierarchy) {
            this.hierarchy = hierarchy;
            this.federations = new FederationFacts[hierarchy.size()];
            this.associations = new GrassrootsAssociation[hierarchy.size()];
        }

        /**
         * Sets a federation's facts.
         *
         * @param code a federation of the tree (township level or above)
         * @param facts its facts
         * @return this builder
         * @throws InvalidValueException naming the unit and the rule broken
         */
        public Builder federation(DivisionCode code, FederationFacts facts) {
            Objects.requireNonNull(facts, "facts");
            int i = position(code);
            if (!hierarchy.kindAt(i).isFederation()) {
                throw invalid(
                        code, "federation-level", "is a " + hierarchy.kindAt(i).englishName() + ", not a federation");
            }
            DivisionLevel level = code.level();
            if (!facts.specialAssociations().isEmpty()
                    && level != DivisionLevel.PROVINCE
                    && level != DivisionLevel.PREFECTURE
                    && level != DivisionLevel.COUNTY) {
                throw invalid(
                        code,
                        "special-association-level",
                        "special associations belong to province, prefecture and county federations, not a "
                                + level.englishName());
            }
            checkOfficers(code, facts.officers());
            federations[i] = facts;
            return this;
        }

        /**
         * Sets a village's or community's association facts.
         *
         * @param code a village-level unit of the tree
         * @param facts its facts
         * @return this builder
         * @throws InvalidValueException naming the unit and the rule broken
         */
        public Builder association(DivisionCode code, GrassrootsAssociation facts) {
            Objects.requireNonNull(facts, "facts");
            int i = position(code);
            if (!hierarchy.kindAt(i).isAssociation()) {
                throw invalid(
                        code,
                        "association-level",
                        "is a " + hierarchy.kindAt(i).englishName() + ", not a village or community");
            }
            checkOfficers(code, facts.officers());
            associations[i] = facts;
            return this;
        }

        /** {@return the facts collected} */
        public HierarchyFacts build() {
            return new HierarchyFacts(hierarchy, federations.clone(), associations.clone());
        }

        private int position(DivisionCode code) {
            int i = hierarchy.indexOf(code);
            if (i < 0) {
                throw invalid(code, "unknown-unit", "no such unit in the hierarchy under " + hierarchy.root());
            }
            return i;
        }

        private static void checkOfficers(DivisionCode code, java.util.List<Officer> officers) {
            for (Officer o : officers) {
                if (!o.unit().equals(code)) {
                    throw invalid(code, "officer-unit", "lists an officer (" + o.person() + ") who serves " + o.unit());
                }
            }
        }

        private static InvalidValueException invalid(DivisionCode code, String rule, String reason) {
            return InvalidValueException.of("unit facts", rule, code.value(), reason);
        }
    }
}
