package org.canlian.core.hierarchy;

import java.util.List;
import java.util.Objects;
import org.canlian.core.batch.RowError;

/**
 * The outcome of collecting facts in batch: the facts of every good entry and the error of every bad one, so that no
 * fact is lost without a word: {@code entries() == good entries + errors().size()}.
 *
 * <pre>{@code
 * HierarchyFactsBuild result = builder.build(OnInvalidRow.REPORT_AND_CONTINUE);
 * result.facts();       // the good facts
 * result.errors();      // [line 2: Invalid unit facts 620723101: is a town federation, not a village or community (fact 2)]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HierarchyFactsBuild {
    private final HierarchyFacts facts;
    private final List<RowError> errors;
    private final int entries;

    HierarchyFactsBuild(HierarchyFacts facts, List<RowError> errors, int entries) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.errors = List.copyOf(errors);
        this.entries = entries;
    }

    /** {@return the facts of the good entries} */
    public HierarchyFacts facts() {
        return facts;
    }

    /** {@return the bad entries' errors, in the order given; each names the unit, the rule and the position} */
    public List<RowError> errors() {
        return errors;
    }

    /** {@return the number of facts given, good and bad} */
    public int entries() {
        return entries;
    }

    /** {@return whether every fact was good} */
    public boolean isClean() {
        return errors.isEmpty();
    }

    @Override
    public String toString() {
        return "HierarchyFactsBuild[" + (entries - errors.size()) + " good, " + errors.size() + " bad]";
    }
}
