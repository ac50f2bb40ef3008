package io.partnerbill.core.billing;

import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.core.bill.BillLine;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What became of one order of {@link OrderBook#placeAll}: its placed line, or the exception
 * that refused it (the one {@link OrderBook#place} would have thrown).
 */
public final class OrderOutcome {

    private final @Nullable BillLine line;
    private final @Nullable PartnerBillingException refusal;

    private OrderOutcome(@Nullable BillLine line, @Nullable PartnerBillingException refusal) {
        this.line = line;
        this.refusal = refusal;
    }

    static OrderOutcome placed(BillLine line) {
        return new OrderOutcome(Objects.requireNonNull(line, "line"), null);
    }

    static OrderOutcome refused(PartnerBillingException refusal) {
        return new OrderOutcome(null, Objects.requireNonNull(refusal, "refusal"));
    }

    /** @return whether the order was placed (or was an exact repeat of a placed one) */
    public boolean isPlaced() {
        return line != null;
    }

    /** @return the order's EXPENDITURE line, empty if it was refused */
    public Optional<BillLine> line() {
        return Optional.ofNullable(line);
    }

    /** @return the exception that refused the order, empty if it was placed */
    public Optional<PartnerBillingException> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * @return the placed line
     * @throws PartnerBillingException the refusal, if the order was refused
     */
    public BillLine orThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return Objects.requireNonNull(line);
    }

    @Override
    public String toString() {
        return refusal != null ? "refused: " + refusal.getMessage() : "placed: " + Objects.requireNonNull(line).orderId();
    }
}
