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
 * A fee adjustment of an original order: a correction of its list amount, of either sign,
 * billed at the original order's discount. It has no effect on the customer's budget.
 *
 * <p>The amount is not zero and has at most 8 decimals. The adjustment has its own order id,
 * under which it is idempotent like an order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Adjustment {

    private final OrderId id;
    private final OrderId original;
    private final MonetaryAmount amount;
    private final Instant at;

    private Adjustment(OrderId id, OrderId original, MonetaryAmount amount, Instant at) {
        this.id = id;
        this.original = original;
        this.amount = amount;
        this.at = at;
    }

    /**
     * Obtains an adjustment.
     *
     * @param id the adjustment's own order id, not null
     * @param original the order adjusted, not null
     * @param amount the change of list amount, positive or negative, not zero, not null
     * @param at when, not null
     * @return the adjustment, not null
     * @throws InvalidValueException if the amount is zero or has more than 8 decimals
     */
    public static Adjustment of(OrderId id, OrderId original, MonetaryAmount amount, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
        BigDecimal value = ExactMoney.atLineScale(ExactMoney.decimal(amount), "Adjustment '" + id + "'");
        if (value.signum() == 0) {
            throw new InvalidValueException("Adjustment '" + id + "' must not be zero, was '" + ExactMoney.format(amount)
                    + "'");
        }
        if (id.equals(original)) {
            throw new InvalidValueException("Adjustment '" + id + "' names itself as its original order");
        }
        return new Adjustment(id, original, ExactMoney.monetary(value, amount.getCurrency()), at);
    }

    /** @return the adjustment's own order id, not null */
    public OrderId id() {
        return id;
    }

    /** @return the order adjusted, not null */
    public OrderId original() {
        return original;
    }

    /** @return the change of list amount at scale 8, not null */
    public MonetaryAmount amount() {
        return amount;
    }

    /** @return when, not null */
    public Instant at() {
        return at;
    }

    /**
     * Returns whether a bill line is the one this adjustment produced.
     *
     * @param line the line, not null
     * @return true if adjusting again is a repeat of that line
     */
    public boolean matches(BillLine line) {
        return line.billType() == BillType.ADJUSTMENT && line.orderId().equals(id)
                && line.originalOrderId().equals(java.util.Optional.of(original))
                && line.orderType() == OrderType.FEE_ADJUSTMENT && line.transactionTime().equals(at)
                && line.currency().getCurrencyCode().equals(amount.getCurrency().getCurrencyCode())
                && line.expenditureDecimal().compareTo(ExactMoney.decimal(amount)) == 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Adjustment o && o.id.equals(id) && o.original.equals(original)
                && ExactMoney.format(o.amount).equals(ExactMoney.format(amount)) && o.at.equals(at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, original, at);
    }

    @Override
    public String toString() {
        return "Adjustment[" + id + " of " + original + " " + at + " " + ExactMoney.format(amount) + "]";
    }
}
