package org.canlian.core.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.canlian.core.InvalidValueException;

/**
 * The outcome of a batch: every valid row (with its line) and every invalid row's error, so that no row is lost:
 * {@code rows().size() + errors().size() == rowsRead()}.
 *
 * <pre>{@code
 * BatchResult.Builder<Holder> batch = BatchResult.builder(OnInvalidRow.REPORT_AND_CONTINUE);
 * for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
 *     batch.add(r.line(), () -> Holder.from(r));     // an InvalidValueException becomes a RowError
 * }
 * BatchResult<Holder> result = batch.build();
 * result.errors();                                    // [line 17: Invalid resident ID ...]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if its values are.
 *
 * @param <T> the type of a valid row
 */
public final class BatchResult<T> {
    /**
     * A valid row with its line.
     *
     * @param line the 1-based line (or position)
     * @param value the row's value
     * @param <T> the value's type
     */
    public record Row<T>(int line, T value) {
        /**
         * Validates the components.
         *
         * @param line the 1-based line (or position)
         * @param value the row's value
         */
        public Row {
            Objects.requireNonNull(value, "value");
        }
    }

    private final List<Row<T>> rows;
    private final List<RowError> errors;

    private BatchResult(List<Row<T>> rows, List<RowError> errors) {
        this.rows = List.copyOf(rows);
        this.errors = List.copyOf(errors);
    }

    /**
     * A builder that collects rows under the caller's choice for invalid ones.
     *
     * @param onInvalidRow stop at the first invalid row, or report it and continue
     * @param <T> the type of a valid row
     * @return the builder
     */
    public static <T> Builder<T> builder(OnInvalidRow onInvalidRow) {
        return new Builder<>(Objects.requireNonNull(onInvalidRow, "onInvalidRow"));
    }

    /** {@return the valid rows, in the order they were read} */
    public List<Row<T>> rows() {
        return rows;
    }

    /** {@return the values of the valid rows, in order} */
    public List<T> values() {
        return rows.stream().map(Row::value).toList();
    }

    /** {@return the errors of the invalid rows, in order} */
    public List<RowError> errors() {
        return errors;
    }

    /** {@return how many rows were read: valid plus invalid} */
    public int rowsRead() {
        return rows.size() + errors.size();
    }

    /** {@return whether every row was valid} */
    public boolean isClean() {
        return errors.isEmpty();
    }

    @Override
    public String toString() {
        return "BatchResult[" + rows.size() + " valid, " + errors.size() + " invalid]";
    }

    /**
     * Collects the rows of a batch. Not thread-safe.
     *
     * @param <T> the type of a valid row
     */
    public static final class Builder<T> {
        private final OnInvalidRow onInvalidRow;
        private final List<Row<T>> rows = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();

        private Builder(OnInvalidRow onInvalidRow) {
            this.onInvalidRow = onInvalidRow;
        }

        /**
         * Adds a row by building its value; an {@link InvalidValueException} from the build becomes the row's error.
         *
         * @param line the row's line
         * @param value builds the row's value
         * @return this builder
         * @throws BatchFailedException under {@link OnInvalidRow#STOP}, at the first invalid row
         */
        public Builder<T> add(int line, Supplier<? extends T> value) {
            T built;
            try {
                built = value.get();
            } catch (InvalidValueException e) {
                return reject(RowError.of(line, e));
            }
            rows.add(new Row<>(line, built));
            return this;
        }

        /**
         * Records an invalid row found by the caller's own checks.
         *
         * @param error the row's error
         * @return this builder
         * @throws BatchFailedException under {@link OnInvalidRow#STOP}
         */
        public Builder<T> reject(RowError error) {
            if (onInvalidRow == OnInvalidRow.STOP) {
                throw new BatchFailedException(error);
            }
            errors.add(Objects.requireNonNull(error, "error"));
            return this;
        }

        /** {@return the result of the rows added so far} */
        public BatchResult<T> build() {
            return new BatchResult<>(rows, errors);
        }
    }
}
