package org.canlian.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.canlian.core.division.DivisionCode;
import org.junit.jupiter.api.Test;

class BatchResultTest {
    private static final List<String> CODES = List.of("620723", "62072", "620723101", "99", "620723101001");

    private static BatchResult<DivisionCode> read(OnInvalidRow onInvalidRow) {
        BatchResult.Builder<DivisionCode> batch = BatchResult.builder(onInvalidRow);
        for (int i = 0; i < CODES.size(); i++) {
            String text = CODES.get(i);
            batch.add(i + 2, () -> DivisionCode.parse(text));
        }
        return batch.build();
    }

    @Test
    void reportAndContinueKeepsEveryValidRowAndReportsEveryInvalidOne() {
        BatchResult<DivisionCode> result = read(OnInvalidRow.REPORT_AND_CONTINUE);
        assertThat(result.rows()).extracting(BatchResult.Row::line).containsExactly(2, 4, 6);
        assertThat(result.values())
                .extracting(DivisionCode::value)
                .containsExactly("620723", "620723101", "620723101001");
        assertThat(result.errors())
                .extracting(RowError::toString)
                .containsExactly(
                        "line 3: Invalid division code \"62072\": must have 2, 4, 6, 9 or 12 digits, not 5",
                        "line 5: Invalid division code \"99\": province digits 99 are not a GB/T 2260 province");
        assertThat(result.errors()).extracting(RowError::rule).containsExactly("length", "province");
        assertThat(result.rowsRead()).isEqualTo(CODES.size());
        assertThat(result.isClean()).isFalse();
    }

    @Test
    void stopThrowsAtTheFirstInvalidRowWithItsLine() {
        assertThatThrownBy(() -> read(OnInvalidRow.STOP))
                .isInstanceOf(BatchFailedException.class)
                .hasMessage("Batch stopped at line 3: Invalid division code \"62072\": must have 2, 4, 6, 9 or 12"
                        + " digits, not 5")
                .extracting(e -> ((BatchFailedException) e).error().line())
                .isEqualTo(3);
    }

    @Test
    void aRowRejectedByTheCallersOwnCheckIsCountedToo() {
        BatchResult<String> result = BatchResult.<String>builder(OnInvalidRow.REPORT_AND_CONTINUE)
                .add(2, () -> "kept")
                .reject(new RowError(3, "name", "blank", "Invalid name \"\": must not be blank"))
                .build();
        assertThat(result.values()).containsExactly("kept");
        assertThat(result.errors())
                .containsExactly(new RowError(3, "name", "blank", "Invalid name \"\": must not be blank"));
        assertThat(result.rowsRead()).isEqualTo(2);
    }
}
