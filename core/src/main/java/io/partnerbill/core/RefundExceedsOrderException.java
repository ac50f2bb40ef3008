package io.partnerbill.core;

import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a refund asks for more than is left un-refunded of its original order; the
 * message names both amounts.
 */
public class RefundExceedsOrderException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /** The refund asked for, then what was left un-refunded; both null when not named. */
    private final @Nullable MonetaryAmount requested;
    private final @Nullable MonetaryAmount refundable;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the bad value, not null
     */
    public RefundExceedsOrderException(String message) {
        super(ErrorCode.REFUND_EXCEEDS_ORDER, message, null);
        this.requested = null;
        this.refundable = null;
    }

    /**
     * Creates the exception naming the original order ({@link #order()}) and both amounts.
     *
     * @param order the original order, not null
     * @param requested the refund asked for, not null
     * @param refundable what was left un-refunded of the order's fee, not null
     * @param message what was wrong, naming both amounts, not null
     */
    public RefundExceedsOrderException(OrderId order, MonetaryAmount requested, MonetaryAmount refundable,
            String message) {
        super(ErrorCode.REFUND_EXCEEDS_ORDER, message, null, Objects.requireNonNull(order, "order"), null, null, null);
        this.requested = Objects.requireNonNull(requested, "requested");
        this.refundable = Objects.requireNonNull(refundable, "refundable");
    }

    /** @return the refund asked for, or empty if the thrower did not name it, not null */
    public Optional<MonetaryAmount> requested() {
        return Optional.ofNullable(requested);
    }

    /** @return what was left un-refunded of the order's fee, or empty if not named, not null */
    public Optional<MonetaryAmount> refundable() {
        return Optional.ofNullable(refundable);
    }
}
