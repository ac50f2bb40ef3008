package io.partnerbill.core.order;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An unsubscription or a downgrade: it refunds part (or all) of an original order's fee.
 *
 * <p>The refunded fee is positive, with at most 8 decimals; it may not exceed what is left
 * un-refunded of the original order. The refund has its own order id, under which it is
 * idempotent like an order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Refund {

    private final OrderId id;
    private final OrderId original;
    private final OrderType orderType;
    private final MonetaryAmount fee;
    private final Instant at;

    private Refund(OrderId id, OrderId original, OrderType orderType, MonetaryAmount fee, Instant at) {
        this.id = id;
        this.original = original;
        this.orderType = orderType;
        this.fee = fee;
        this.at = at;
    }

    /**
     * Obtains an unsubscription, which refunds part or all of the original order.
     *
     * @param id the refund's own order id, not null
     * @param original the order refunded, not null
     * @param fee the fee refunded, more than zero, not null
     * @param at when, not null
     * @return the refund, not null
     * @throws InvalidValueException if the fee is not positive or has more than 8 decimals
     */
    public static Refund unsubscription(OrderId id, OrderId original, MonetaryAmount fee, Instant at) {
        return of(id, original, OrderType.UNSUBSCRIPTION, fee, at);
    }

    /**
     * Obtains a downgrade (a change of specification that costs less), which refunds the difference.
     *
     * @param id the refund's own order id, not null
     * @param original the order refunded, not null
     * @param fee the fee refunded, more than zero, not null
     * @param at when, not null
     * @return the refund, not null
     * @throws InvalidValueException if the fee is not positive or has more than 8 decimals
     */
    public static Refund downgrade(OrderId id, OrderId original, MonetaryAmount fee, Instant at) {
        return of(id, original, OrderType.CHANGE, fee, at);
    }

    private static Refund of(OrderId id, OrderId original, OrderType type, MonetaryAmount fee, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(at, "at");
        BigDecimal value = ExactMoney.atLineScale(ExactMoney.decimal(fee), "Refund '" + id + "'");
        if (value.signum() <= 0) {
            throw new InvalidValueException("Refund '" + id + "' must refund more than zero, was '"
                    + ExactMoney.format(fee) + "'");
        }
        if (id.equals(original)) {
            throw new InvalidValueException("Refund '" + id + "' names itself as its original order");
        }
        return new Refund(id, original, type, ExactMoney.monetary(value, fee.getCurrency()), at);
    }

    /** @return the refund's own order id, not null */
    public OrderId id() {
        return id;
    }

    /** @return the order refunded, not null */
    public OrderId original() {
        return original;
    }

    /** @return UNSUBSCRIPTION or CHANGE (a downgrade), not null */
    public OrderType orderType() {
        return orderType;
    }

    /** @return the fee refunded (positive) at scale 8, not null */
    public MonetaryAmount fee() {
        return fee;
    }

    /** @return when, not null */
    public Instant at() {
        return at;
    }

    /**
     * Returns whether a bill line is the one this refund produced.
     *
     * @param line the line, not null
     * @return true if refunding again is a repeat of that line
     */
    public boolean matches(BillLine line) {
        return line.billType() == BillType.REFUND && line.orderId().equals(id)
                && line.originalOrderId().equals(java.util.Optional.of(original)) && line.orderType() == orderType
                && line.transactionTime().equals(at)
                && line.currency().getCurrencyCode().equals(fee.getCurrency().getCurrencyCode())
                && line.expenditureDecimal().compareTo(ExactMoney.decimal(fee).negate()) == 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Refund o && o.id.equals(id) && o.original.equals(original) && o.orderType == orderType
                && ExactMoney.format(o.fee).equals(ExactMoney.format(fee)) && o.at.equals(at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, original, orderType, at);
    }

    @Override
    public String toString() {
        return "Refund[" + id + " " + orderType + " of " + original + " " + at + " " + ExactMoney.format(fee) + "]";
    }
}
