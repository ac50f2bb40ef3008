package io.partnerbill.core;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import javax.money.format.AmountFormatQueryBuilder;
import javax.money.format.MonetaryAmountFormat;
import javax.money.format.MonetaryFormats;
import org.javamoney.moneta.Money;
import org.javamoney.moneta.format.CurrencyStyle;

/**
 * Formats amounts for people to read, through {@link MonetaryFormats}; one formatter for every
 * text partnerbill shows (messages, the CLI's report, the HTML report, the invoice PDF).
 *
 * <p>It never rounds: an amount shows at least its currency's fraction digits and every further
 * digit it has, without trailing zeros beyond them ({@code USD 1234.5} is {@code "USD 1234.50"},
 * {@code USD 0.00400000} is {@code "USD 0.004"}, {@code JPY 1235} is {@code "JPY 1235"}). The
 * currency comes first as its ISO code, then a space; a negative amount reads
 * {@code "USD -5.00"}.
 *
 * <ul>
 * <li>{@link #canonical()}: no grouping, locale-free; the text of {@code toString}s and messages.
 * <li>{@link #grouped()}: groups of three, {@code "USD 1,234.50"}.
 * <li>{@link #withLocale(Locale)}: the locale's decimal and grouping separators
 *     ({@code de-DE}: {@code "USD 1.234,50"}); groups stay of three.
 * <li>{@link #withoutCurrency()}: the number alone, {@code "1,234.50"}.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AmountFormat {
    private static final MonetaryContext UNLIMITED = MonetaryContextBuilder.of(Money.class).setPrecision(0).build();
    private static final AmountFormat CANONICAL = new AmountFormat(Locale.ROOT, false, true);
    private static final AmountFormat GROUPED = new AmountFormat(Locale.ROOT, true, true);
    // Formats by fraction digits (least, most); amounts in use have a handful of distinct scales.
    private static final int MAX_CACHED = 64;

    private final Locale locale;
    private final boolean grouping;
    private final boolean currencyCode;
    private final Map<Long, MonetaryAmountFormat> formats = new ConcurrentHashMap<>();

    private AmountFormat(Locale locale, boolean grouping, boolean currencyCode) {
        this.locale = locale;
        this.grouping = grouping;
        this.currencyCode = currencyCode;
    }

    /** @return the locale-free format without grouping, {@code "USD 1234.50"}, not null */
    public static AmountFormat canonical() {
        return CANONICAL;
    }

    /** @return the locale-free format with groups of three, {@code "USD 1,234.50"}, not null */
    public static AmountFormat grouped() {
        return GROUPED;
    }

    /**
     * Returns this format with a locale's decimal and grouping separators.
     *
     * @param locale the locale, not null
     * @return the format, not null
     */
    public AmountFormat withLocale(Locale locale) {
        return new AmountFormat(Objects.requireNonNull(locale, "locale"), grouping, currencyCode);
    }

    /** @return this format without the currency code, the number alone, not null */
    public AmountFormat withoutCurrency() {
        return new AmountFormat(locale, grouping, false);
    }

    /**
     * Formats an amount.
     *
     * @param amount the amount, not null
     * @return its text, not null
     */
    public String format(MonetaryAmount amount) {
        return format(amount.getNumber().numberValue(BigDecimal.class), amount.getCurrency());
    }

    /**
     * Formats a decimal in a currency.
     *
     * @param value the value, not null
     * @param currency its currency, not null
     * @return its text, not null
     */
    public String format(BigDecimal value, CurrencyUnit currency) {
        int least = Math.max(0, currency.getDefaultFractionDigits());
        int most = Math.max(least, value.stripTrailingZeros().scale());
        long key = ((long) least << 32) | most;
        MonetaryAmountFormat format = formats.get(key);
        if (format == null) {
            format = build(least, most);
            if (formats.size() < MAX_CACHED) {
                formats.putIfAbsent(key, format);
            }
        }
        MonetaryAmount amount = Money.of(value, currency, UNLIMITED);
        // Moneta's formats print through a java.text.DecimalFormat, which is not thread-safe.
        synchronized (format) {
            return format.format(amount);
        }
    }

    /** The pattern holds exactly the digits the value needs, so DecimalFormat has nothing to round. */
    private MonetaryAmountFormat build(int least, int most) {
        StringBuilder pattern = new StringBuilder(currencyCode ? "¤ " : "").append(grouping ? "#,##0" : "#0");
        if (most > 0) {
            pattern.append('.').append("0".repeat(least)).append("#".repeat(most - least));
        }
        return MonetaryFormats.getAmountFormat(AmountFormatQueryBuilder.of(locale)
                .set(CurrencyStyle.CODE).set("pattern", pattern.toString()).build());
    }
}
