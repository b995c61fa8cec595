package org.canlian.rules.payroll;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.canlian.rules.payroll.TestRoster.LINZE;
import static org.canlian.rules.payroll.TestRoster.SHAHE;
import static org.canlian.rules.payroll.TestRoster.XIZHAI;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.canlian.core.batch.RowError;
import org.canlian.core.division.DivisionCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ledger of a run and the frozen pass that holds it compare every part: a ledger of another region, shape, set of
 * units or figure, and a pass that differs in one setting, count, error or person only, are not equal. Payrolls, back
 * pay and reform impacts compare their passes, so their equality rests on this.
 */
class PayrollPassEqualityTest {
    private static final YearMonth JAN = YearMonth.of(2025, 1);
    private static final PayrollScope Q1 = PayrollScope.of(LINZE, JAN, YearMonth.of(2025, 3));

    /** A ledger of Linze for 3 months, 2 programmes, 2 measures, with the given leaves, each with one cell set. */
    static Ledger ledger(DivisionCode region, int months, List<DivisionCode> leaves, long firstCell) {
        Ledger l = new Ledger(region, months, 2, 2);
        for (DivisionCode leaf : leaves) {
            l.cells(leaf)[0] = firstCell;
        }
        return l.freeze();
    }

    static Ledger ledger() {
        return ledger(LINZE, 3, List.of(XIZHAI, SHAHE), 7);
    }

    static RosterPass<Integer> pass(
            PayrollScope scope,
            String description,
            boolean people,
            boolean explanations,
            Ledger ledger,
            long read,
            long rejected,
            long undecided,
            List<RowError> errors,
            List<Integer> persons) {
        return RosterPass.of(
                scope,
                description,
                people,
                explanations,
                ledger,
                read,
                rejected,
                undecided,
                errors,
                persons,
                Comparator.naturalOrder());
    }

    private static final List<RowError> ERRORS = List.of(new RowError(4, "sex", "known", "Invalid sex \"F\""));

    static RosterPass<Integer> pass() {
        return pass(Q1, "临泽县", true, false, ledger(), 10, 1, 2, ERRORS, List.of(2, 3));
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(
                        // All of Linze: a hash code that ignored the figures would be the same for all.
                        "Ledger",
                        (Supplier<?>) PayrollPassEqualityTest::ledger,
                        List.of(
                                ledger(LINZE, 3, List.of(XIZHAI, SHAHE), 8),
                                ledger(LINZE, 3, List.of(XIZHAI), 7), // fewer units
                                ledger(LINZE, 3, List.of(XIZHAI, SHAHE, TestRoster.XINHUA), 7), // more units
                                ledger(LINZE, 3, List.of(XIZHAI, TestRoster.XINHUA), 7))), // another unit
                Arguments.of(
                        "Ledger with no figures, of another shape",
                        (Supplier<?>) () -> new Ledger(LINZE, 3, 2, 2).freeze(),
                        List.of(
                                new Ledger(LINZE, 2, 2, 2).freeze(),
                                new Ledger(LINZE, 3, 1, 2).freeze(),
                                new Ledger(LINZE, 3, 2, 1).freeze(),
                                new Ledger(SHAHE, 3, 2, 2).freeze(),
                                ledger(DivisionCode.parse("620702"), 3, List.of(), 7))),
                Arguments.of(
                        "RosterPass",
                        (Supplier<?>) PayrollPassEqualityTest::pass,
                        List.of(
                                pass(
                                        PayrollScope.of(LINZE, JAN, YearMonth.of(2025, 2)),
                                        "临泽县",
                                        true,
                                        false,
                                        ledger(),
                                        10,
                                        1,
                                        2,
                                        ERRORS,
                                        List.of(2, 3)),
                                pass(Q1, "临泽县 reform", true, false, ledger(), 10, 1, 2, ERRORS, List.of(2, 3)),
                                pass(Q1, "临泽县", false, false, ledger(), 10, 1, 2, ERRORS, List.of(2, 3)),
                                pass(Q1, "临泽县", true, true, ledger(), 10, 1, 2, ERRORS, List.of(2, 3)),
                                pass(
                                        Q1,
                                        "临泽县",
                                        true,
                                        false,
                                        ledger(LINZE, 3, List.of(XIZHAI), 7),
                                        10,
                                        1,
                                        2,
                                        ERRORS,
                                        List.of(2, 3)),
                                pass(Q1, "临泽县", true, false, ledger(), 11, 1, 2, ERRORS, List.of(2, 3)),
                                pass(Q1, "临泽县", true, false, ledger(), 10, 2, 2, ERRORS, List.of(2, 3)),
                                pass(Q1, "临泽县", true, false, ledger(), 10, 1, 3, ERRORS, List.of(2, 3)),
                                pass(
                                        Q1,
                                        "临泽县",
                                        true,
                                        false,
                                        ledger(),
                                        10,
                                        1,
                                        2,
                                        List.of(new RowError(5, "sex", "known", "Invalid sex \"F\"")),
                                        List.of(2, 3)),
                                pass(Q1, "临泽县", true, false, ledger(), 10, 1, 2, ERRORS, List.of(2, 4)))));
    }

    static Stream<Arguments> otherShapes() {
        return Stream.of(
                Arguments.of(
                        (Supplier<Ledger>) () -> new Ledger(LINZE, 2, 2, 2),
                        "Ledger[620723, 3 months, 2 units] and Ledger[620723, 2 months, 0 units]"),
                Arguments.of(
                        (Supplier<Ledger>) () -> new Ledger(LINZE, 3, 1, 2),
                        "Ledger[620723, 3 months, 2 units] and Ledger[620723, 3 months, 0 units]"),
                Arguments.of(
                        (Supplier<Ledger>) () -> new Ledger(LINZE, 3, 2, 1),
                        "Ledger[620723, 3 months, 2 units] and Ledger[620723, 3 months, 0 units]"),
                Arguments.of(
                        (Supplier<Ledger>) () -> new Ledger(SHAHE, 3, 2, 2),
                        "Ledger[620723, 3 months, 2 units] and Ledger[620723101, 3 months, 0 units]"));
    }

    /** Ledgers add up only with the same region, months, programmes and measures: their cells line up. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("otherShapes")
    void ledgersOfAnotherShapeDoNotAdd(Supplier<Ledger> other, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Ledger.sum(ledger(), other.get()))
                .withMessage("ledgers of different shapes: " + message);
        Ledger filling = new Ledger(LINZE, 3, 2, 2);
        filling.cells(XIZHAI)[0] = 7;
        filling.cells(SHAHE)[0] = 7;
        assertThatIllegalArgumentException()
                .isThrownBy(() -> filling.add(other.get()))
                .withMessage("ledgers of different shapes: " + message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void equalsTwinAndDiffersFromEachChangedPart(String type, Supplier<?> make, List<Object> others) {
        org.canlian.core.ValueSemantics.assertValue(make.get(), make.get(), others);
    }
}
