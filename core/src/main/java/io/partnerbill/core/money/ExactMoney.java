package io.partnerbill.core.money;

import io.partnerbill.core.AmountFormat;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;

/**
 * An exact amount of money: a {@link BigDecimal} and its currency, the one owner of partnerbill's
 * money rules inside the library. {@link MonetaryAmount} stays at the public edges; inside,
 * amounts are this value, or a decimal and a currency, or (on the hot paths) {@link LineUnits}'
 * longs of 10^-8 units.
 *
 * <p>The rules, each in one place:
 * <ul>
 * <li><b>Building</b> a {@code MonetaryAmount}: {@link #toMonetaryAmount()} and
 *     {@link #monetary(BigDecimal, CurrencyUnit)}, always a Moneta {@code Money} with an explicit
 *     unlimited context, so that a {@code javamoney.properties} on the user's class path cannot
 *     make an amount round.
 * <li><b>Text</b>: {@link #toString()} and {@link #format(MonetaryAmount)}, canonical and
 *     locale-free: the currency code, a space and the plain decimal with at least the currency's
 *     fraction digits and never fewer than the value has ({@code "USD 12.50"},
 *     {@code "USD 0.00000001"}, {@code "JPY 1235"}); {@link #parse(CharSequence)} reads it back.
 *     ({@link #plainText} keeps the older, unpadded text of the few outputs that tests pin.)
 * <li><b>Equality</b>: same currency code and the same numeric value, whatever the scale
 *     ({@code USD 5} equals {@code USD 5.00}); {@link #same(MonetaryAmount, MonetaryAmount)}
 *     applies the same rule to two {@code MonetaryAmount}s.
 * </ul>
 *
 * <p>Not API: the package is exported to partnerbill's own modules only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExactMoney {

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

    private final BigDecimal amount;
    private final CurrencyUnit currency;

    private ExactMoney(BigDecimal amount, CurrencyUnit currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Obtains an amount holding exactly the given decimal.
     *
     * @param amount the value, not null
     * @param currency the currency, not null
     * @return the amount, not null
     */
    public static ExactMoney of(BigDecimal amount, CurrencyUnit currency) {
        return new ExactMoney(Objects.requireNonNull(amount, "amount"), Objects.requireNonNull(currency, "currency"));
    }

    /**
     * Obtains the exact value of a {@code MonetaryAmount}.
     *
     * @param amount the amount, not null
     * @return the amount, not null
     */
    public static ExactMoney from(MonetaryAmount amount) {
        return new ExactMoney(decimal(amount), amount.getCurrency());
    }

    /**
     * Parses the canonical text of {@link #toString()}, such as {@code "USD 12.50"}.
     *
     * @param text the text, not null
     * @return the amount, not null
     * @throws InvalidValueException naming the text if it is not a currency code, one space and a plain decimal
     */
    public static ExactMoney parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        int space = s.indexOf(' ');
        if (space > 0 && space < s.length() - 1 && isPlainDecimal(s, space + 1)) {
            try {
                return of(new BigDecimal(s.substring(space + 1)), Monetary.getCurrency(s.substring(0, space)));
            } catch (UnknownCurrencyException e) {
                throw new InvalidValueException("Amount must name a known currency, was '" + s + "'");
            }
        }
        throw new InvalidValueException("Amount must read like 'USD 12.50', was '" + s + "'");
    }

    /** An optional minus, digits, and at most one point between digits: what toPlainString() writes. */
    private static boolean isPlainDecimal(String s, int from) {
        int i = s.charAt(from) == '-' ? from + 1 : from;
        int digits = 0;
        int point = -1;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && point < 0 && digits > 0) {
                point = i;
            } else {
                return false;
            }
        }
        return digits > 0 && point != s.length() - 1;
    }

    /** @return the exact value, with the scale it was given, not null */
    public BigDecimal amount() {
        return amount;
    }

    /** @return the currency, not null */
    public CurrencyUnit currency() {
        return currency;
    }

    /** @return this amount as the public {@code MonetaryAmount} (exact, unlimited context), not null */
    public MonetaryAmount toMonetaryAmount() {
        return monetary(amount, currency);
    }

    /**
     * Returns the sum of this and another amount of the same currency.
     *
     * @param other the other amount, not null
     * @return the exact sum, not null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public ExactMoney plus(ExactMoney other) {
        requireCurrency(currency, other.currency, "Amount '" + other + "'");
        return new ExactMoney(amount.add(other.amount), currency);
    }

    /**
     * Returns this amount less another amount of the same currency.
     *
     * @param other the other amount, not null
     * @return the exact difference, not null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public ExactMoney minus(ExactMoney other) {
        requireCurrency(currency, other.currency, "Amount '" + other + "'");
        return new ExactMoney(amount.subtract(other.amount), currency);
    }

    /** @return this amount with the opposite sign, not null */
    public ExactMoney negated() {
        return new ExactMoney(amount.negate(), currency);
    }

    /** Same currency code and the same numeric value: {@code USD 5} equals {@code USD 5.00}. */
    @Override
    public boolean equals(Object obj) {
        return obj == this || obj instanceof ExactMoney o && sameCurrency(o.currency, currency)
                && o.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        // Consistent with equals: 5 and 5.00 strip to the same decimal.
        return currency.getCurrencyCode().hashCode() * 31 + amount.stripTrailingZeros().hashCode();
    }

    /** @return the canonical text, such as {@code "USD 12.50"}; see the class comment */
    @Override
    public String toString() {
        return format(amount, currency);
    }

    // ---- the same rules, for callers that hold a MonetaryAmount or a decimal and a currency
    // (static, so that the paths that run per line or per order allocate nothing more)

    /**
     * Returns the exact decimal value of an amount.
     *
     * @param amount the amount, not null
     * @return its exact value, not null
     */
    public static BigDecimal decimal(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    /**
     * Builds the public {@code MonetaryAmount} holding exactly the given decimal: the one way
     * partnerbill builds one.
     *
     * @param value the value, not null
     * @param currency the currency, not null
     * @return a Moneta {@code Money} with an unlimited context, not null
     */
    public static MonetaryAmount monetary(BigDecimal value, CurrencyUnit currency) {
        return Money.of(value, currency, EXACT);
    }

    /**
     * Formats an amount canonically; see the class comment.
     *
     * @param amount the amount, not null
     * @return its text, such as {@code "USD 12.50"}, not null
     */
    public static String format(MonetaryAmount amount) {
        return format(decimal(amount), amount.getCurrency());
    }

    /**
     * Formats a decimal in a currency canonically; see the class comment.
     *
     * @param value the value, not null
     * @param currency its currency, not null
     * @return its text, such as {@code "USD 12.50"}, not null
     */
    public static String format(BigDecimal value, CurrencyUnit currency) {
        return AmountFormat.canonical().format(value, currency);
    }

    /**
     * Returns the currency code, a space and the plain decimal exactly as the amount holds it
     * ({@code "USD 12.5"}, {@code "USD -5"}): the older text of a few {@code toString}s and
     * messages that tests pin byte for byte (tax's {@code InclusiveSplit}, export's
     * {@code BillDocument} and {@code StatedTotals}, the JDBC stores' refusals). Everything
     * else uses the canonical {@link #format(MonetaryAmount)}.
     *
     * @param amount the amount, not null
     * @return its text, not null
     */
    public static String plainText(MonetaryAmount amount) {
        return amount.getCurrency().getCurrencyCode() + " " + decimal(amount).toPlainString();
    }

    /**
     * Returns a value with at least the currency's fraction digits and never fewer decimals than
     * it has (Moneta drops trailing zeros: 11.80 USD would otherwise read 11.8); the number the
     * canonical text shows.
     *
     * @param value the value, not null
     * @param currency its currency, not null
     * @return the same number at that scale, not null
     */
    public static BigDecimal atCurrencyScale(BigDecimal value, CurrencyUnit currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (value.scale() <= digits) {
            // Nothing past the fraction digits to drop, so no stripped copy: exporters call this per cell.
            return value.setScale(digits);
        }
        return value.setScale(Math.max(digits, value.stripTrailingZeros().scale()));
    }

    /**
     * As {@link #atCurrencyScale(BigDecimal, CurrencyUnit)}, for an amount.
     *
     * @param amount the amount, not null
     * @return its value at that scale, not null
     */
    public static BigDecimal atCurrencyScale(MonetaryAmount amount) {
        return atCurrencyScale(decimal(amount), amount.getCurrency());
    }

    /**
     * Returns whether two amounts are equal by this class's rule: same currency code and the
     * same numeric value ({@code USD 5} equals {@code USD 5.00}).
     *
     * @param a an amount, not null
     * @param b an amount, not null
     * @return whether they are the same money
     */
    public static boolean same(MonetaryAmount a, MonetaryAmount b) {
        return sameCurrency(a.getCurrency(), b.getCurrency()) && decimal(a).compareTo(decimal(b)) == 0;
    }

    /**
     * Returns a hash code consistent with {@link #same(MonetaryAmount, MonetaryAmount)}.
     *
     * @param amount the amount, not null
     * @return the hash code
     */
    public static int hash(MonetaryAmount amount) {
        return amount.getCurrency().getCurrencyCode().hashCode() * 31 + decimal(amount).stripTrailingZeros().hashCode();
    }

    /**
     * Returns whether two currencies are the same (by code).
     *
     * @param a a currency, not null
     * @param b a currency, not null
     * @return whether their codes are equal
     */
    public static boolean sameCurrency(CurrencyUnit a, CurrencyUnit b) {
        return a == b || a.getCurrencyCode().equals(b.getCurrencyCode());
    }

    /**
     * Throws {@link CurrencyMismatchException} naming both currencies unless they are equal.
     *
     * @param expected the currency required, not null
     * @param actual the currency given, not null
     * @param what what has the currency, for the message, not null
     */
    public static void requireCurrency(CurrencyUnit expected, CurrencyUnit actual, String what) {
        if (!sameCurrency(expected, actual)) {
            throw new CurrencyMismatchException(expected, actual, what + " is in " + actual.getCurrencyCode()
                    + " but " + expected.getCurrencyCode() + " was expected");
        }
    }

    /**
     * As {@link #requireCurrency(CurrencyUnit, CurrencyUnit, String)}, with the subject's text
     * built only on failure ({@code what} holds one {@code %s} for {@code subject}): order paths
     * check every order, and building the text each time cost more than the check.
     *
     * @param expected the currency required, not null
     * @param actual the currency given, not null
     * @param what the message's subject, with one {@code %s}, not null
     * @param subject what fills the {@code %s}, not null
     */
    public static void requireCurrency(CurrencyUnit expected, CurrencyUnit actual, String what, Object subject) {
        if (!sameCurrency(expected, actual)) {
            requireCurrency(expected, actual, String.format(Locale.ROOT, what, subject));
        }
    }

    /**
     * Returns the value at scale 8, refusing a value with more than 8 significant decimals:
     * line amounts are never truncated.
     *
     * @param value the value, not null
     * @param what what it is, for the message, not null
     * @return the same number at scale 8, not null
     * @throws InvalidValueException naming the value if it has more than 8 significant decimals
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
     *
     * @param value the value, not null
     * @param what what it is, with one {@code %s}, not null
     * @param subject what fills the {@code %s}, not null
     * @return the same number at scale 8, not null
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
}
