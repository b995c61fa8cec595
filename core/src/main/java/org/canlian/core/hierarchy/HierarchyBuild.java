package org.canlian.core.hierarchy;

import java.util.List;
import java.util.Objects;
import org.canlian.core.batch.RowError;

/**
 * The outcome of building a hierarchy in batch: the tree of every valid unit and the error of every invalid one, so
 * that no unit is lost: {@code hierarchy().size() - 1 + errors().size() == rowsRead()} (the root is not a row).
 *
 * <pre>{@code
 * HierarchyBuild result = builder.build(OnInvalidRow.REPORT_AND_CONTINUE);
 * result.hierarchy().size();
 * result.errors();      // [line 7: Invalid division code 620723101: listed twice, first at streets.csv line 2 ...]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HierarchyBuild {
    private final Hierarchy hierarchy;
    private final List<RowError> errors;
    private final int rowsRead;

    HierarchyBuild(Hierarchy hierarchy, List<RowError> errors, int rowsRead) {
        this.hierarchy = Objects.requireNonNull(hierarchy, "hierarchy");
        this.errors = List.copyOf(errors);
        this.rowsRead = rowsRead;
    }

    /** {@return the tree of the valid units} */
    public Hierarchy hierarchy() {
        return hierarchy;
    }

    /** {@return the invalid units' errors, by source and line; each message names the code, the rule and the line} */
    public List<RowError> errors() {
        return errors;
    }

    /** {@return the units offered to the builder, valid and invalid (the root not counted)} */
    public int rowsRead() {
        return rowsRead;
    }

    /** {@return whether every unit was valid} */
    public boolean isClean() {
        return errors.isEmpty();
    }

    @Override
    public String toString() {
        return "HierarchyBuild[" + (hierarchy.size() - 1) + " valid, " + errors.size() + " invalid]";
    }
}
