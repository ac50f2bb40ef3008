package io.partnerbill.core.budget;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;

/**
 * What a reseller lets one customer spend: a {@link BudgetType} and an amount.
 *
 * <p>The amount is greater than 0 and at most 2,147,483,647, with at most two decimals;
 * it is kept at scale 2. The canonical text is {@code "MONTHLY USD 1000.00"} and {@link #parse} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Budget {

    /** The largest budget amount accepted. */
    public static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final BudgetType type;
    private final BigDecimal amount;
    private final CurrencyUnit currency;

    private Budget(BudgetType type, BigDecimal amount, CurrencyUnit currency) {
        this.type = type;
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Obtains a budget.
     *
     * @param type the type, not null
     * @param amount the amount, more than 0, at most 2,147,483,647, at most two decimals, not null
     * @return the budget, not null
     * @throws InvalidValueException if the amount is out of range or has more than two decimals
     */
    public static Budget of(BudgetType type, MonetaryAmount amount) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        BigDecimal value = ExactMoney.decimal(amount);
        String shown = ExactMoney.format(amount);
        if (value.signum() <= 0) {
            throw new InvalidValueException("Budget amount must be greater than 0, was '" + shown + "'");
        }
        if (value.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidValueException("Budget amount must be at most 2147483647, was '" + shown + "'");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("Budget amount must have at most two decimals, was '" + shown + "'");
        }
        return new Budget(type, value.setScale(2), amount.getCurrency());
    }

    /**
     * Obtains a budget that renews every bill cycle.
     *
     * @param amount the amount per cycle, see {@link #of}, not null
     * @return the budget, not null
     */
    public static Budget monthly(MonetaryAmount amount) {
        return of(BudgetType.MONTHLY, amount);
    }

    /**
     * Obtains a one-time (package) budget, which lasts until it is changed.
     *
     * @param amount the amount, see {@link #of}, not null
     * @return the budget, not null
     */
    public static Budget ofPackage(MonetaryAmount amount) {
        return of(BudgetType.PACKAGE, amount);
    }

    /**
     * Parses the form produced by {@link #toString()}: {@code "MONTHLY USD 1000.00"}.
     *
     * @param text the text, not null
     * @return the budget, not null
     * @throws InvalidValueException if the text is not of that form or breaks a rule of {@link #of}
     */
    public static Budget parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        String[] parts = s.split(" ", -1);
        if (parts.length != 3) {
            throw new InvalidValueException("Budget must look like 'MONTHLY USD 1000.00', was '" + s + "'");
        }
        try {
            BudgetType type = BudgetType.valueOf(parts[0].toUpperCase(Locale.ROOT));
            CurrencyUnit currency = Monetary.getCurrency(parts[1]);
            return of(type, ExactMoney.monetary(new BigDecimal(parts[2]), currency));
        } catch (IllegalArgumentException | UnknownCurrencyException e) {
            throw new InvalidValueException("Budget must look like 'MONTHLY USD 1000.00', was '" + s + "'");
        }
    }

    /** @return the type, not null */
    public BudgetType type() {
        return type;
    }

    /** @return the amount, at scale 2, not null */
    public MonetaryAmount amount() {
        return ExactMoney.monetary(amount, currency);
    }

    /** @return the amount as a decimal at scale 2, not null */
    public BigDecimal amountDecimal() {
        return amount;
    }

    /** @return the currency, not null */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns a budget of the same type with another amount.
     *
     * @param newAmount the amount, see {@link #of}, not null
     * @return the budget, not null
     */
    public Budget withAmount(MonetaryAmount newAmount) {
        return of(type, newAmount);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Budget other && other.type == type && other.amount.equals(amount)
                && other.currency.getCurrencyCode().equals(currency.getCurrencyCode());
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, amount, currency.getCurrencyCode());
    }

    /** Returns {@code "MONTHLY USD 1000.00"}. */
    @Override
    public String toString() {
        return type.name() + " " + currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
