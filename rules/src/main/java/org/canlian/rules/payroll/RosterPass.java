package org.canlian.rules.payroll;

import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import org.canlian.core.batch.RowError;
import org.canlian.core.division.DivisionCode;

/**
 * The frozen result of running (part of) a roster: its scope, the policy it was run under (as a description), the
 * ledger of figures, the row counts, the errors (in line order) and the per-person results kept (in line order). Two
 * passes over disjoint rows of one roster merge into the pass over all of them. Serialized as plain fields (codes as
 * text); a pass holding per-person results refuses to be serialized.
 *
 * @param <P> the per-person result
 */
final class RosterPass<P> implements Serializable {
    private static final long serialVersionUID = 1L;

    final PayrollScope scope;
    final String description;
    final boolean people;
    final boolean explanations;
    final Ledger ledger;
    final long rowsRead;
    final long rowsRejected;
    final long rowsWithUndecided;
    final List<RowError> errors;
    final List<P> persons;

    private RosterPass(
            PayrollScope scope,
            String description,
            boolean people,
            boolean explanations,
            Ledger ledger,
            long rowsRead,
            long rowsRejected,
            long rowsWithUndecided,
            List<RowError> errors,
            List<P> persons) {
        this.scope = scope;
        this.description = description;
        this.people = people;
        this.explanations = explanations;
        this.ledger = ledger;
        this.rowsRead = rowsRead;
        this.rowsRejected = rowsRejected;
        this.rowsWithUndecided = rowsWithUndecided;
        this.errors = errors;
        this.persons = persons;
    }

    static <P> RosterPass<P> of(
            PayrollScope scope,
            String description,
            boolean people,
            boolean explanations,
            Ledger ledger,
            long rowsRead,
            long rowsRejected,
            long rowsWithUndecided,
            List<RowError> errors,
            List<P> persons,
            Comparator<? super P> byLine) {
        List<RowError> sortedErrors = new ArrayList<>(errors);
        sortedErrors.sort(RowProblems.ORDER);
        List<P> sortedPersons = new ArrayList<>(persons);
        sortedPersons.sort(byLine);
        return new RosterPass<>(
                scope,
                description,
                people,
                explanations,
                ledger,
                rowsRead,
                rowsRejected,
                rowsWithUndecided,
                List.copyOf(sortedErrors),
                List.copyOf(sortedPersons));
    }

    /** A pass over no rows. */
    static <P> RosterPass<P> empty(
            PayrollScope scope,
            String description,
            boolean people,
            boolean explanations,
            int programmes,
            int measures) {
        return new RosterPass<>(
                scope,
                description,
                people,
                explanations,
                new Ledger(scope.region(), scope.monthCount(), programmes, measures).freeze(),
                0,
                0,
                0,
                List.of(),
                List.of());
    }

    /**
     * This pass and another over other rows of the same roster, as one pass over both would give.
     *
     * @throws IllegalArgumentException if the other pass has another scope, policy, measures or options
     */
    RosterPass<P> merge(RosterPass<P> other, Comparator<? super P> byLine) {
        if (!scope.equals(other.scope)
                || !description.equals(other.description)
                || people != other.people
                || explanations != other.explanations) {
            throw new IllegalArgumentException(
                    "only results of one run's settings merge: " + this + " and " + other + " differ");
        }
        List<RowError> allErrors = new ArrayList<>(errors);
        allErrors.addAll(other.errors);
        List<P> allPersons = new ArrayList<>(persons);
        allPersons.addAll(other.persons);
        return of(
                scope,
                description,
                people,
                explanations,
                Ledger.sum(ledger, other.ledger),
                Math.addExact(rowsRead, other.rowsRead),
                Math.addExact(rowsRejected, other.rowsRejected),
                Math.addExact(rowsWithUndecided, other.rowsWithUndecided),
                allErrors,
                allPersons,
                byLine);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RosterPass<?> p
                && scope.equals(p.scope)
                && description.equals(p.description)
                && people == p.people
                && explanations == p.explanations
                && ledger.equals(p.ledger)
                && rowsRead == p.rowsRead
                && rowsRejected == p.rowsRejected
                && rowsWithUndecided == p.rowsWithUndecided
                && errors.equals(p.errors)
                && persons.equals(p.persons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scope, description, ledger, rowsRead, rowsRejected, errors.size());
    }

    @Override
    public String toString() {
        return "[" + description + ", " + scope + ", " + rowsRead + " rows, " + rowsRejected + " rejected, "
                + rowsWithUndecided + " with undecided months, " + errors.size() + " errors]";
    }

    private Object writeReplace() throws ObjectStreamException {
        if (!persons.isEmpty()) {
            throw new NotSerializableException(
                    "a result holding per-person results is not serialized (claimants and explanations are not"
                            + " serializable): run without per-person results to ship partial results");
        }
        return new Form(this);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("read through its serialized form");
    }

    /** The serialized form: plain fields, division codes as their digits. */
    private static final class Form implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String region;
        private final YearMonth from;
        private final YearMonth to;
        private final String description;
        private final boolean people;
        private final boolean explanations;
        private final int programmes;
        private final int measures;
        private final String[] units;
        private final long[][] cells;
        private final long rowsRead;
        private final long rowsRejected;
        private final long rowsWithUndecided;
        private final int[] errorLines;
        private final String[] errorFields;
        private final String[] errorRules;
        private final String[] errorMessages;

        Form(RosterPass<?> p) {
            region = p.scope.region().value();
            from = p.scope.from();
            to = p.scope.to();
            description = p.description;
            people = p.people;
            explanations = p.explanations;
            programmes = p.ledger.programmes;
            measures = p.ledger.measures;
            NavigableMap<DivisionCode, long[]> leaves = p.ledger.leaves();
            units = new String[leaves.size()];
            cells = new long[leaves.size()][];
            int i = 0;
            for (Map.Entry<DivisionCode, long[]> e : leaves.entrySet()) {
                units[i] = e.getKey().value();
                cells[i++] = e.getValue().clone();
            }
            rowsRead = p.rowsRead;
            rowsRejected = p.rowsRejected;
            rowsWithUndecided = p.rowsWithUndecided;
            int n = p.errors.size();
            errorLines = new int[n];
            errorFields = new String[n];
            errorRules = new String[n];
            errorMessages = new String[n];
            for (int j = 0; j < n; j++) {
                RowError e = p.errors.get(j);
                errorLines[j] = e.line();
                errorFields[j] = e.field();
                errorRules[j] = e.rule();
                errorMessages[j] = e.message();
            }
        }

        private Object readResolve() throws ObjectStreamException {
            try {
                PayrollScope scope = PayrollScope.of(DivisionCode.parse(region), from, to);
                List<DivisionCode> codes = new ArrayList<>();
                for (String u : units) {
                    codes.add(DivisionCode.parse(u));
                }
                for (long[] c : cells) {
                    if (c.length != (scope.monthCount() + 1) * programmes * measures) {
                        throw new IllegalArgumentException("cells of the wrong length");
                    }
                }
                List<RowError> errors = new ArrayList<>();
                for (int j = 0; j < errorLines.length; j++) {
                    errors.add(new RowError(errorLines[j], errorFields[j], errorRules[j], errorMessages[j]));
                }
                return RosterPass.of(
                        scope,
                        description,
                        people,
                        explanations,
                        Ledger.of(scope.region(), scope.monthCount(), programmes, measures, codes, cells),
                        rowsRead,
                        rowsRejected,
                        rowsWithUndecided,
                        errors,
                        List.of(),
                        (a, b) -> 0);
            } catch (RuntimeException e) {
                InvalidObjectException invalid =
                        new InvalidObjectException("invalid payroll result: " + e.getMessage());
                invalid.initCause(e);
                throw invalid;
            }
        }
    }
}
