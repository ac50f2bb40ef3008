package io.partnerbill.export.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryAmountFactory;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;

/** Exact conversions between decimals and {@link MonetaryAmount}s; never rounds. */
public final class MoneyValues {

    private MoneyValues() {
    }

    /** Returns the exact decimal of an amount. */
    public static BigDecimal decimal(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    /**
     * Creates an amount holding exactly the decimal, with an explicit unlimited context so that
     * a {@code javamoney.properties} on the user's class path cannot make it round.
     */
    public static MonetaryAmount money(BigDecimal value, CurrencyUnit currency) {
        MonetaryAmountFactory<?> factory = Monetary.getDefaultAmountFactory();
        MonetaryContext exact = MonetaryContextBuilder.of(factory.getAmountType())
                .setPrecision(0)
                .setMaxScale(-1)
                .set(MathContext.UNLIMITED)
                .build();
        return factory.setContext(exact).setNumber(value).setCurrency(currency).create();
    }

    /**
     * Returns the decimal of an amount with at least the currency's fraction digits (Moneta
     * drops trailing zeros: 11.80 USD would otherwise show as 11.8).
     */
    public static BigDecimal atCurrencyScale(MonetaryAmount amount) {
        BigDecimal value = decimal(amount);
        return value.setScale(Math.max(value.scale(), Math.max(0, amount.getCurrency().getDefaultFractionDigits())));
    }

    /** Returns true if both amounts have the same currency and the same decimal, scale included. */
    @SuppressWarnings("BigDecimalEquals") // the scale is meant: 11.8 and 11.80 are written differently
    public static boolean same(MonetaryAmount a, MonetaryAmount b) {
        return a.getCurrency().getCurrencyCode().equals(b.getCurrency().getCurrencyCode())
                && decimal(a).equals(decimal(b));
    }

    /** Formats {@code "USD 12.50"}. */
    public static String format(MonetaryAmount amount) {
        return amount.getCurrency().getCurrencyCode() + " " + decimal(amount).toPlainString();
    }
}
