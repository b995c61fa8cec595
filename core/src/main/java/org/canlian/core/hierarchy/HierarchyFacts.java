package org.canlian.core.hierarchy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.canlian.core.InvalidValueException;
import org.canlian.core.batch.BatchFailedException;
import org.canlian.core.batch.OnInvalidRow;
import org.canlian.core.batch.RowError;
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
 * <p>Checked as they are given, each error naming the unit, the rule and the fact's position: the unit is in the tree;
 * federation facts go to a federation and association facts to a village-level unit; special associations only at
 * province, prefecture and county level; every officer serves the very unit the facts are about. {@code build()}
 * throws the first bad fact; {@code build(OnInvalidRow.REPORT_AND_CONTINUE)} keeps every good fact and reports every
 * bad one ({@link HierarchyFactsBuild}). This class is immutable and thread-safe.
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

    /**
     * Collects facts; a unit's facts given twice replace the earlier ones. Each fact is checked as it is given and a
     * bad one is kept aside with its position, so that {@link #build(OnInvalidRow)} can report every bad fact at once
     * (as {@link Hierarchy.Builder#build(OnInvalidRow)} reports every bad unit). The position is the fact's entry
     * number (1 for the first fact given) or the line the caller passes with it. Not thread-safe.
     *
     * <pre>{@code
     * HierarchyFactsBuild result = HierarchyFacts.builder(linze)
     *         .association(17, DivisionCode.parse("620723101"), GrassrootsAssociation.NOT_FORMED)   // read from line 17
     *         .federation(DivisionCode.parse("620723"), countyFacts)
     *         .build(OnInvalidRow.REPORT_AND_CONTINUE);
     * result.errors();   // [line 17: Invalid unit facts 620723101: is a town federation, not a village or community
     *                    //  (line 17)]
     * result.facts();    // the county's facts, without the bad one
     * }</pre>
     */
    public static final class Builder {
        private final Hierarchy hierarchy;
        private final FederationFacts[] federations;
        private final GrassrootsAssociation[] associations;
        private final List<RowError> errors = new ArrayList<>();
        private InvalidValueException firstError;
        private int entries;

        private Builder(Hierarchy hierarchy) {
            this.hierarchy = hierarchy;
            this.federations = new FederationFacts[hierarchy.size()];
            this.associations = new GrassrootsAssociation[hierarchy.size()];
        }

        /**
         * Sets a federation's facts, its position being its entry number (1 for the first fact given).
         *
         * @param code a federation of the tree (township level or above)
         * @param facts its facts
         * @return this builder; a bad fact is kept aside for {@link #build()} or {@link #build(OnInvalidRow)}
         */
        public Builder federation(DivisionCode code, FederationFacts facts) {
            return federation(entries + 1, "fact ", code, facts);
        }

        /**
         * Sets a federation's facts read from a line of the caller's source.
         *
         * @param line the line the facts were read from, named in an error
         * @param code a federation of the tree (township level or above)
         * @param facts its facts
         * @return this builder; a bad fact is kept aside for {@link #build()} or {@link #build(OnInvalidRow)}
         */
        public Builder federation(int line, DivisionCode code, FederationFacts facts) {
            return federation(line, "line ", code, facts);
        }

        private Builder federation(int position, String where, DivisionCode code, FederationFacts facts) {
            int i = place(position, where, code, facts);
            if (i < 0) {
                return this;
            }
            if (!hierarchy.kindAt(i).isFederation()) {
                return reject(
                        position,
                        where,
                        code,
                        "federation-level",
                        "is a " + hierarchy.kindAt(i).englishName() + ", not a federation");
            }
            DivisionLevel level = code.level();
            if (!facts.specialAssociations().isEmpty()
                    && level != DivisionLevel.PROVINCE
                    && level != DivisionLevel.PREFECTURE
                    && level != DivisionLevel.COUNTY) {
                return reject(
                        position,
                        where,
                        code,
                        "special-association-level",
                        "special associations belong to province, prefecture and county federations, not a "
                                + level.englishName());
            }
            String officers = officersProblem(code, facts.officers());
            if (officers != null) {
                return reject(position, where, code, "officer-unit", officers);
            }
            federations[i] = facts;
            return this;
        }

        /**
         * Sets a village's or community's association facts, its position being its entry number (1 for the first
         * fact given).
         *
         * @param code a village-level unit of the tree
         * @param facts its facts
         * @return this builder; a bad fact is kept aside for {@link #build()} or {@link #build(OnInvalidRow)}
         */
        public Builder association(DivisionCode code, GrassrootsAssociation facts) {
            return association(entries + 1, "fact ", code, facts);
        }

        /**
         * Sets a village's or community's association facts read from a line of the caller's source.
         *
         * @param line the line the facts were read from, named in an error
         * @param code a village-level unit of the tree
         * @param facts its facts
         * @return this builder; a bad fact is kept aside for {@link #build()} or {@link #build(OnInvalidRow)}
         */
        public Builder association(int line, DivisionCode code, GrassrootsAssociation facts) {
            return association(line, "line ", code, facts);
        }

        private Builder association(int position, String where, DivisionCode code, GrassrootsAssociation facts) {
            int i = place(position, where, code, facts);
            if (i < 0) {
                return this;
            }
            if (!hierarchy.kindAt(i).isAssociation()) {
                return reject(
                        position,
                        where,
                        code,
                        "association-level",
                        "is a " + hierarchy.kindAt(i).englishName() + ", not a village or community");
            }
            String officers = officersProblem(code, facts.officers());
            if (officers != null) {
                return reject(position, where, code, "officer-unit", officers);
            }
            associations[i] = facts;
            return this;
        }

        /**
         * The facts collected, or the first bad fact.
         *
         * @return the facts
         * @throws InvalidValueException naming the first bad fact's unit, the rule broken and its position
         */
        public HierarchyFacts build() {
            if (firstError != null) {
                throw firstError;
            }
            return facts();
        }

        /**
         * The good facts and every bad one's error, or a stop at the first bad one, as the caller chooses.
         *
         * @param onInvalidRow stop, or report and continue
         * @return the facts of the good entries and the errors of the bad ones, in the order given
         * @throws BatchFailedException under {@code STOP}, with the first bad fact's error
         */
        public HierarchyFactsBuild build(OnInvalidRow onInvalidRow) {
            Objects.requireNonNull(onInvalidRow, "onInvalidRow");
            if (onInvalidRow == OnInvalidRow.STOP && !errors.isEmpty()) {
                throw new BatchFailedException(errors.get(0));
            }
            return new HierarchyFactsBuild(facts(), errors, entries);
        }

        private HierarchyFacts facts() {
            return new HierarchyFacts(hierarchy, federations.clone(), associations.clone());
        }

        /** Counts a fact and finds its unit's position, or rejects the fact (and gives -1) if the tree lacks it. */
        private int place(int position, String where, DivisionCode code, Object facts) {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(facts, "facts");
            entries++;
            int i = hierarchy.indexOf(code);
            if (i < 0) {
                reject(
                        position,
                        where,
                        code,
                        "unknown-unit",
                        "no such unit in the hierarchy under " + hierarchy.root());
            }
            return i;
        }

        private static String officersProblem(DivisionCode code, List<Officer> officers) {
            for (Officer o : officers) {
                if (!o.unit().equals(code)) {
                    return "lists an officer (" + o.person() + ") who serves " + o.unit();
                }
            }
            return null;
        }

        private Builder reject(int position, String where, DivisionCode code, String rule, String reason) {
            InvalidValueException e =
                    InvalidValueException.of("unit facts", rule, code.value(), reason + " (" + where + position + ")");
            if (firstError == null) {
                firstError = e;
            }
            errors.add(RowError.of(position, e));
            return this;
        }
    }
}
