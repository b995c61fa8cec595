package org.canlian.rules.payroll;

import java.util.Objects;
import org.canlian.core.InvalidValueException;
import org.canlian.core.division.DivisionCode;
import org.canlian.rules.subsidy.Programme;

/** Reads the figures of a comparison's ledger, for {@link BackPay} and {@link ReformImpact}. */
final class ComparisonFigures {
    private ComparisonFigures() {}

    /** The cells of {@code unit} and below (or registered at it), checked to be in the region. */
    static long[] cells(RosterPass<?> pass, DivisionCode unit, boolean registeredAtOnly) {
        if (!pass.scope.region().contains(Objects.requireNonNull(unit, "unit"))) {
            throw InvalidValueException.of(
                    "unit", "region", unit.value(), "is outside the region " + pass.scope.region());
        }
        return registeredAtOnly ? pass.ledger.registeredAt(unit) : pass.ledger.total(unit);
    }

    /** One measure's people and fen; {@code month == months} is the period. */
    static PeopleAndAmount figure(RosterPass<?> pass, long[] cells, int month, Programme programme, int people) {
        if (cells == null) {
            return PeopleAndAmount.NONE;
        }
        int i = pass.ledger.index(
                month, Objects.requireNonNull(programme, "programme").ordinal(), people);
        return PeopleAndAmount.of(cells[i], cells[i + 1]);
    }
}
