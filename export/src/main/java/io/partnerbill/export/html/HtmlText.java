package io.partnerbill.export.html;

import io.partnerbill.core.AmountFormat;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.export.format.DisplayText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.owasp.encoder.Encode;

/**
 * Text and number rendering of the HTML report: escaping of every text that reaches the page,
 * and locale-free number formatting (comma groups, dot decimals, ASCII minus), whatever the
 * JVM's default locale.
 */
final class HtmlText {

    private HtmlText() {
    }

    /**
     * Escapes a text for HTML element content and quoted attribute values. What
     * {@link DisplayText#isUnsafe} names (every C0 and C1 control, tab, LF and CR included, the bidi
     * controls) and unpaired surrogates first become U+FFFD, so no input can make the page invalid or
     * reorder the text around it; then the OWASP Java Encoder's {@code forHtml} turns {@code & < > " '}
     * into character references, so no input can open a tag or close an attribute.
     */
    static String escape(CharSequence text) {
        return Encode.forHtml(DisplayText.sanitize(text));
    }

    /**
     * Shortens a text to at most {@code max} code points, ending a shortened one with an
     * ellipsis; never splits a surrogate pair. Not escaped.
     */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end).stripTrailing() + "\u2026";
    }

    private static final AmountFormat AMOUNT = AmountFormat.grouped().withoutCurrency();

    /**
     * Formats an amount with at least the currency's fraction digits and none of its trailing
     * zeros beyond them, never rounding: {@code 1234.5 USD} is {@code "1,234.50"},
     * {@code -0.00400000 USD} is {@code "-0.004"}, {@code 1235 JPY} is {@code "1,235"}.
     */
    static String amount(MonetaryAmount amount) {
        return AMOUNT.format(amount);
    }

    /** Like {@link #amount(MonetaryAmount)} for a decimal in a currency. */
    static String amount(BigDecimal value, CurrencyUnit currency) {
        return AMOUNT.format(value, currency);
    }

    /** Like {@link #amount(MonetaryAmount)}, with a plus sign for a positive amount. */
    static String signedAmount(MonetaryAmount amount) {
        String text = amount(amount);
        return ExactMoney.decimal(amount).signum() > 0 ? "+" + text : text;
    }

    /** The currency's fraction digits, 0 for a currency that has none (or -1, "not applicable"). */
    static int digits(CurrencyUnit currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /** Formats a count with comma groups of three: {@code 1234567} is {@code "1,234,567"}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * Formats a value rounded HALF_UP to {@code digits} fraction digits, with groups: for axis
     * ticks and shares, never for amounts of the bill.
     */
    static String rounded(BigDecimal value, int digits) {
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        // Rounded first, so that a small negative value reads 0, not -0.
        return format.format(value.setScale(digits, RoundingMode.HALF_UP));
    }

    /** Formats a tax rate in percent without trailing zeros: {@code 9.00} is {@code "9%"}. */
    static String percent(BigDecimal ratePercent) {
        BigDecimal r = ratePercent.stripTrailingZeros();
        if (r.scale() < 0) {
            r = r.setScale(0);
        }
        return r.toPlainString() + "%";
    }
}
