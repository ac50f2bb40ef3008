package io.partnerbill.core;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an order id that holds a line (or a budget charge) is offered again with other
 * content. Repeating an order exactly is allowed and returns the first outcome; this refusal
 * names the order id and the columns that differ, never the whole line.
 */
public class DuplicateOrderException extends DuplicateKeyException {
    private static final long serialVersionUID = 1L;

    private final List<Difference> differences;

    /**
     * Creates the exception, naming the order id ({@link #order()}); its message is the subject followed by each difference, as in
     * {@code Order 'O1' already has a different line: customerExpenditure '30.00000000' stored,
     * '31.00000000' offered}.
     *
     * @param subject the start of the message, naming the order id, not null
     * @param order the order id, not null
     * @param differences the columns that differ, in column order (none: the message is the subject), not null
     */
    public DuplicateOrderException(String subject, OrderId order, List<Difference> differences) {
        super(ErrorCode.DUPLICATE_ORDER, differences.isEmpty() ? Objects.requireNonNull(subject, "subject")
                : subject + ": " + differences.stream().map(Difference::toString).collect(Collectors.joining("; ")),
                Objects.requireNonNull(order, "order"));
        this.differences = List.copyOf(differences);
    }

    /** @return the columns in which the offer differs from what is stored, in column order, not null */
    public List<Difference> differences() {
        return differences;
    }

    /**
     * One column in which an offered order differs from the stored one.
     *
     * @param column the column's key, as the bill-details JSON names it ({@code customerExpenditure}), not null
     * @param stored the stored value's text, not null
     * @param offered the offered value's text, not null
     */
    public record Difference(String column, String stored, String offered) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Checks the parts are present. */
        public Difference {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(stored, "stored");
            Objects.requireNonNull(offered, "offered");
        }

        /** @return {@code column 'stored' stored, 'offered' offered} */
        @Override
        public String toString() {
            return column + " '" + stored + "' stored, '" + offered + "' offered";
        }
    }
}
