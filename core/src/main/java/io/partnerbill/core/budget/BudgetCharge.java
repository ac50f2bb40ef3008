package io.partnerbill.core.budget;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * What one order took from its customer's budget, and how much of it was refunded since.
 *
 * <p>The ledger keeps one charge per order id, which makes deduction idempotent and bounds
 * refunds: {@code 0 <= refundedFee <= fee} and {@code 0 <= refundedSettlement <= settlement},
 * so an order's net (fee and settlement) never turns negative. Amounts keep scale 8.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetCharge {

    private final OrderId order;
    private final CustomerId customer;
    private final BillCycle cycle;
    private final CurrencyUnit currency;
    private final BigDecimal fee;
    private final BigDecimal settlement;
    private final BigDecimal refundedFee;
    private final BigDecimal refundedSettlement;

    private BudgetCharge(OrderId order, CustomerId customer, BillCycle cycle, CurrencyUnit currency, BigDecimal fee,
            BigDecimal settlement, BigDecimal refundedFee, BigDecimal refundedSettlement) {
        this.order = order;
        this.customer = customer;
        this.cycle = cycle;
        this.currency = currency;
        this.fee = fee;
        this.settlement = settlement;
        this.refundedFee = refundedFee;
        this.refundedSettlement = refundedSettlement;
    }

    /**
     * Obtains a charge (new, or as a store reads it back).
     *
     * @param order the order, not null
     * @param customer the customer charged, not null
     * @param cycle the cycle the order fell in, not null
     * @param currency the currency of every amount, not null
     * @param fee the order's fee (list amount), zero or more, not null
     * @param settlement the order's settlement amount, zero or more, not null
     * @param refundedFee the fee refunded so far, 0 to {@code fee}, not null
     * @param refundedSettlement the settlement refunded so far, 0 to {@code settlement}, not null
     * @return the charge, not null
     * @throws InvalidValueException if an amount is out of its range or has more than 8 decimals
     */
    public static BudgetCharge of(OrderId order, CustomerId customer, BillCycle cycle, CurrencyUnit currency,
            BigDecimal fee, BigDecimal settlement, BigDecimal refundedFee, BigDecimal refundedSettlement) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(currency, "currency");
        // The text is built only for a message: every order makes a charge.
        String what = "Charge of order '%s'";
        BigDecimal f = ExactMoney.atLineScale(Objects.requireNonNull(fee, "fee"), what, order);
        BigDecimal s = ExactMoney.atLineScale(Objects.requireNonNull(settlement, "settlement"), what, order);
        BigDecimal rf = ExactMoney.atLineScale(Objects.requireNonNull(refundedFee, "refundedFee"), what, order);
        BigDecimal rs = ExactMoney.atLineScale(Objects.requireNonNull(refundedSettlement, "refundedSettlement"), what,
                order);
        if (f.signum() < 0 || s.signum() < 0) {
            throw new InvalidValueException("Charge of order '" + order + "' must have a zero or positive fee and settlement, was '"
                    + f.toPlainString() + "' and '" + s.toPlainString() + "'");
        }
        if (rf.signum() < 0 || rf.compareTo(f) > 0 || rs.signum() < 0 || rs.compareTo(s) > 0) {
            throw new InvalidValueException("Charge of order '" + order + "' must have refunded 0 to " + f.toPlainString() + " of its fee and 0 to "
                    + s.toPlainString() + " of its settlement, was '" + rf.toPlainString() + "' and '"
                    + rs.toPlainString() + "'");
        }
        return new BudgetCharge(order, customer, cycle, currency, f, s, rf, rs);
    }

    /** @return the order, not null */
    public OrderId order() {
        return order;
    }

    /** @return the customer charged, not null */
    public CustomerId customer() {
        return customer;
    }

    /** @return the cycle the order fell in, not null */
    public BillCycle cycle() {
        return cycle;
    }

    /** @return the currency, not null */
    public CurrencyUnit currency() {
        return currency;
    }

    /** @return the order's fee, not null */
    public MonetaryAmount fee() {
        return ExactMoney.monetary(fee, currency);
    }

    /** @return the order's fee as a decimal at scale 8, not null */
    public BigDecimal feeDecimal() {
        return fee;
    }

    /** @return the order's settlement amount, not null */
    public MonetaryAmount settlement() {
        return ExactMoney.monetary(settlement, currency);
    }

    /** @return the fee refunded so far, not null */
    public MonetaryAmount refundedFee() {
        return ExactMoney.monetary(refundedFee, currency);
    }

    /** @return the settlement refunded so far, not null */
    public MonetaryAmount refundedSettlement() {
        return ExactMoney.monetary(refundedSettlement, currency);
    }

    /** @return the fee not yet refunded (the order's net fee), zero or more, not null */
    public MonetaryAmount refundableFee() {
        return ExactMoney.monetary(refundableFeeDecimal(), currency);
    }

    /** @return the fee not yet refunded as a decimal at scale 8, not null */
    public BigDecimal refundableFeeDecimal() {
        return fee.subtract(refundedFee);
    }

    /** @return the settlement not yet refunded as a decimal at scale 8, not null */
    public BigDecimal refundableSettlementDecimal() {
        return settlement.subtract(refundedSettlement);
    }

    /**
     * Returns this charge after one more refund.
     *
     * @param fee the fee refunded, zero or more, not null
     * @param settlementRefunded the settlement refunded, zero or more, not null
     * @return the charge, not null
     * @throws InvalidValueException if the totals refunded would exceed the order's
     */
    public BudgetCharge plusRefund(BigDecimal fee, BigDecimal settlementRefunded) {
        return of(order, customer, cycle, currency, this.fee, settlement, refundedFee.add(fee),
                refundedSettlement.add(settlementRefunded));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BudgetCharge o && o.order.equals(order) && o.customer.equals(customer)
                && o.cycle.equals(cycle) && o.currency.getCurrencyCode().equals(currency.getCurrencyCode())
                && o.fee.equals(fee) && o.settlement.equals(settlement) && o.refundedFee.equals(refundedFee)
                && o.refundedSettlement.equals(refundedSettlement);
    }

    @Override
    public int hashCode() {
        return Objects.hash(order, customer, cycle, fee, settlement, refundedFee, refundedSettlement);
    }

    @Override
    public String toString() {
        return "BudgetCharge[" + order + " " + customer + " " + cycle + " " + currency.getCurrencyCode() + " fee "
                + fee.toPlainString() + " (refunded " + refundedFee.toPlainString() + "), settlement "
                + settlement.toPlainString() + " (refunded " + refundedSettlement.toPlainString() + ")]";
    }
}
