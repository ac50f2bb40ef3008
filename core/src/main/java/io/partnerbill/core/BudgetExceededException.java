package io.partnerbill.core;

import io.partnerbill.core.internal.Amounts;
import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * Thrown when an order's fee exceeds what is left of its customer's budget; the message names
 * the customer, the remaining amount and the requested fee, which are also available as values.
 */
public class BudgetExceededException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;

    /** What was left of the budget. */
    private final BigDecimal remaining;
    /** The fee asked for. */
    private final BigDecimal requested;
    /** The ISO 4217 code of both amounts' currency. */
    private final String currencyCode;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the customer and both amounts, not null
     * @param remaining what was left of the budget, not null
     * @param requested the fee asked for, not null
     */
    public BudgetExceededException(String message, MonetaryAmount remaining, MonetaryAmount requested) {
        super(message);
        this.remaining = Amounts.decimal(Objects.requireNonNull(remaining, "remaining"));
        this.requested = Amounts.decimal(Objects.requireNonNull(requested, "requested"));
        this.currencyCode = remaining.getCurrency().getCurrencyCode();
    }

    private CurrencyUnit currency() {
        return Monetary.getCurrency(currencyCode);
    }

    /** @return what was left of the budget when the order was refused, not null */
    public MonetaryAmount remaining() {
        return Amounts.money(remaining, currency());
    }

    /** @return the fee the order asked for, not null */
    public MonetaryAmount requested() {
        return Amounts.money(requested, currency());
    }
}
