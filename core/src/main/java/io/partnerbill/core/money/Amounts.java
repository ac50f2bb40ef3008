package io.partnerbill.core.money;

import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import org.javamoney.moneta.Money;

/** Conversions between {@link MonetaryAmount} and exact decimals; never rounds silently. */
public final class Amounts {

    /** Lines keep this many decimals. */
    public static final int LINE_SCALE = 8;

    /**
     * An explicit unlimited context, so that a {@code javamoney.properties} on the user's
     * class path cannot make our amounts round.
     */
    private static final MonetaryContext EXACT = MonetaryContextBuilder.of(Money.class)
            .setPrecision(0)
            .setMaxScale(-1)
            .set(MathContext.UNLIMITED)
            .build();

    private Amounts() {
    }

    /** Returns the exact decimal value of an amount. */
    public static BigDecimal decimal(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    /** Creates an amount holding exactly the given decimal. */
    public static MonetaryAmount money(BigDecimal value, CurrencyUnit currency) {
        return Money.of(value, currency, EXACT);
    }

    /** Throws {@link CurrencyMismatchException} naming both currencies unless they are equal. */
    public static void requireCurrency(CurrencyUnit expected, CurrencyUnit actual, String what) {
        if (!sameCurrency(expected, actual)) {
            throw new CurrencyMismatchException(what + " is in " + actual.getCurrencyCode()
                    + " but " + expected.getCurrencyCode() + " was expected");
        }
    }

    /**
     * As {@link #requireCurrency(CurrencyUnit, CurrencyUnit, String)}, with the subject's text
     * built only on failure ({@code what} holds one {@code %s} for {@code subject}): order paths
     * check every order, and building the text each time cost more than the check.
     */
    public static void requireCurrency(CurrencyUnit expected, CurrencyUnit actual, String what, Object subject) {
        if (!sameCurrency(expected, actual)) {
            requireCurrency(expected, actual, String.format(Locale.ROOT, what, subject));
        }
    }

    /** Returns whether two currencies are the same (by code). */
    public static boolean sameCurrency(CurrencyUnit a, CurrencyUnit b) {
        return a == b || a.getCurrencyCode().equals(b.getCurrencyCode());
    }

    /**
     * Returns the value at scale 8, refusing a value with more than 8 significant decimals:
     * line amounts are never truncated.
     */
    public static BigDecimal atLineScale(BigDecimal value, String what) {
        if (value.scale() > LINE_SCALE && value.stripTrailingZeros().scale() > LINE_SCALE) {
            throw new InvalidValueException(what + " must have at most " + LINE_SCALE
                    + " decimal places, was '" + value.toPlainString() + "'");
        }
        return value.setScale(LINE_SCALE);
    }

    /**
     * As {@link #atLineScale(BigDecimal, String)}, with the subject's text built only on failure
     * ({@code what} holds one {@code %s} for {@code subject}).
     */
    public static BigDecimal atLineScale(BigDecimal value, String what, Object subject) {
        if (value.scale() == LINE_SCALE) {
            return value;
        }
        if (value.scale() < LINE_SCALE) {
            return value.setScale(LINE_SCALE);
        }
        return atLineScale(value, String.format(Locale.ROOT, what, subject));
    }

    /** Returns whether two amounts have the same currency and numeric value (5 equals 5.00). */
    public static boolean same(MonetaryAmount a, MonetaryAmount b) {
        return a.getCurrency().getCurrencyCode().equals(b.getCurrency().getCurrencyCode())
                && decimal(a).compareTo(decimal(b)) == 0;
    }

    /**
     * Formats an amount canonically and locale-free, with at least the currency's fraction
     * digits and never fewer than the value has: {@code "USD 12.50"}, {@code "USD 0.00000001"},
     * {@code "JPY 1235"}. (Moneta drops trailing zeros, so the scale is restored here.)
     */
    public static String format(MonetaryAmount amount) {
        BigDecimal value = decimal(amount);
        int scale = Math.max(Math.max(0, amount.getCurrency().getDefaultFractionDigits()),
                value.stripTrailingZeros().scale());
        return amount.getCurrency().getCurrencyCode() + " " + value.setScale(scale).toPlainString();
    }
}
