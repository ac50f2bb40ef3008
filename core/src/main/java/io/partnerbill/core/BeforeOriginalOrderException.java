package io.partnerbill.core;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a refund or fee adjustment is dated before the order it names: it would land in
 * an earlier cycle than the order's and turn that cycle's bill negative. The message names the
 * refund's or adjustment's id and instant and the original order's. An instant equal to the
 * order's is accepted.
 */
public class BeforeOriginalOrderException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    private final @Nullable OrderId original;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming both instants, not null
     */
    public BeforeOriginalOrderException(String message) {
        super(ErrorCode.BEFORE_ORIGINAL_ORDER, message, null);
        this.original = null;
    }

    /**
     * Creates the exception naming the refund or adjustment ({@link #order()}) and its original order.
     *
     * @param order the refund or adjustment, not null
     * @param original the original order it names, not null
     * @param message what was wrong, naming both instants, not null
     */
    public BeforeOriginalOrderException(OrderId order, OrderId original, String message) {
        super(ErrorCode.BEFORE_ORIGINAL_ORDER, message, null, Objects.requireNonNull(order, "order"), null, null, null);
        this.original = Objects.requireNonNull(original, "original");
    }

    /** @return the original order named, or empty if the thrower did not name it, not null */
    public Optional<OrderId> original() {
        return Optional.ofNullable(original);
    }
}
