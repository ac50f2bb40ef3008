package io.partnerbill.core.tax;

import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The tax of a bill as a list of named components, in one currency, and their total.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TaxBreakdown {

    private final CurrencyUnit currency;
    private final List<TaxComponent> components;
    private final MonetaryAmount total;

    private TaxBreakdown(CurrencyUnit currency, List<TaxComponent> components) {
        this.currency = currency;
        this.components = List.copyOf(components);
        BigDecimal sum = BigDecimal.ZERO;
        for (TaxComponent c : this.components) {
            ExactMoney.requireCurrency(currency, c.amount().getCurrency(), "Tax component '" + c.name() + "'");
            sum = sum.add(ExactMoney.decimal(c.amount()));
        }
        this.total = ExactMoney.monetary(sum, currency);
    }

    /**
     * Returns the breakdown of no tax at all.
     *
     * @param currency the bill's currency, not null
     * @return an empty breakdown with a zero total, not null
     */
    public static TaxBreakdown none(CurrencyUnit currency) {
        return new TaxBreakdown(Objects.requireNonNull(currency, "currency"), List.of());
    }

    /**
     * Obtains a breakdown of components, all in one currency.
     *
     * @param currency the bill's currency, not null
     * @param components the components in display order, not null
     * @return the breakdown, not null
     * @throws io.partnerbill.core.CurrencyMismatchException if a component is in another currency
     */
    public static TaxBreakdown of(CurrencyUnit currency, List<TaxComponent> components) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(components, "components");
        return new TaxBreakdown(currency, components);
    }

    /** @return the currency, not null */
    public CurrencyUnit currency() {
        return currency;
    }

    /** @return the components in display order, not null */
    public List<TaxComponent> components() {
        return components;
    }

    /**
     * Returns the component of a name.
     *
     * @param name the name, such as "CGST", not null
     * @return the component, or empty, not null
     */
    public Optional<TaxComponent> component(String name) {
        return components.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** @return the sum of the components, not null */
    public MonetaryAmount total() {
        return total;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TaxBreakdown o && o.currency.equals(currency) && o.components.equals(components);
    }

    @Override
    public int hashCode() {
        return components.hashCode();
    }

    @Override
    public String toString() {
        return "TaxBreakdown" + components + " = " + ExactMoney.format(total);
    }
}
