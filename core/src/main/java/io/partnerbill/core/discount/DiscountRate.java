package io.partnerbill.core.discount;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.money.LineUnits;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.MonetaryAmount;

/**
 * A seller-authorized discount written as percent off, with two decimals: {@code "12.00% off"}.
 *
 * <p>The percent lies in {@code [0.00, 100.00)}. The operator's Chinese exports write the
 * share the partner <em>pays</em> ("75%" meaning 25.00% off); {@link #ofPayablePercent}
 * converts that at the edge, and this class always holds percent off.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DiscountRate implements Comparable<DiscountRate> {

    /** No discount: {@code "0.00% off"}. */
    public static final DiscountRate NONE = new DiscountRate(BigDecimal.ZERO.setScale(2));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    // Any plain decimal, so that a value out of range is told as such rather than as a format error.
    private static final Pattern TEXT = Pattern.compile("(-?\\d+(?:\\.\\d+)?)% off", Pattern.CASE_INSENSITIVE);
    // Longer texts are cut in messages: a message is one readable line.
    private static final int QUOTED_MAX = 80;

    private final BigDecimal percentOff;
    // 100 - percentOff in hundredths of a percent (1..10,000), for the long path of settlement().
    private final int payableHundredths;

    private DiscountRate(BigDecimal percentOff) {
        this.percentOff = percentOff;
        this.payableHundredths = 10_000 - percentOff.movePointRight(2).intValueExact();
    }

    /**
     * Obtains a rate from its percent off.
     *
     * @param percentOff the percent off, 0 or more, less than 100, at most two decimals, not null
     * @return the rate, not null
     * @throws InvalidValueException if the percent is out of range or has more than two decimals
     */
    public static DiscountRate ofPercentOff(BigDecimal percentOff) {
        Objects.requireNonNull(percentOff, "percentOff");
        if (percentOff.signum() < 0) {
            throw new InvalidValueException("Discount must not be negative, was '" + percentOff.toPlainString() + "'");
        }
        if (percentOff.compareTo(HUNDRED) >= 0) {
            throw new InvalidValueException("Discount must be less than 100% off, was '" + percentOff.toPlainString() + "'");
        }
        if (percentOff.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("Discount must have at most two decimals, was '" + percentOff.toPlainString() + "'");
        }
        return new DiscountRate(percentOff.setScale(2));
    }

    /**
     * Obtains a rate from its percent off written as a decimal number, such as {@code "11.12"}.
     *
     * @param percentOff the percent off, not null
     * @return the rate, not null
     * @throws InvalidValueException if the text is not a number or is out of range
     */
    public static DiscountRate ofPercentOff(String percentOff) {
        Objects.requireNonNull(percentOff, "percentOff");
        try {
            return ofPercentOff(new BigDecimal(percentOff));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("Discount must be a number of percent off, was '" + percentOff + "'");
        }
    }

    /**
     * Obtains a rate from the share of the list price the partner pays, as the operator's
     * Chinese export writes it: 75 (%) is 25.00% off.
     *
     * @param payablePercent the percent paid, more than 0, at most 100, at most two decimals, not null
     * @return the rate, not null
     * @throws InvalidValueException if the percent is out of range or has more than two decimals
     */
    public static DiscountRate ofPayablePercent(BigDecimal payablePercent) {
        Objects.requireNonNull(payablePercent, "payablePercent");
        if (payablePercent.signum() <= 0 || payablePercent.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("Payable share must be more than 0% and at most 100%, was '"
                    + payablePercent.toPlainString() + "'");
        }
        return ofPercentOff(HUNDRED.subtract(payablePercent));
    }

    /**
     * Parses the form produced by {@link #toString()}, {@code "12.00% off"}. The word "off" is read
     * in any case ({@code "12.00% OFF"}); the number is a plain decimal with at most two decimals
     * besides trailing zeros ({@code "12% off"}, {@code "12.5% off"}), and the percent off must lie in
     * {@code [0.00, 100.00)}.
     *
     * @param text the text, not null
     * @return the rate, not null
     * @throws InvalidValueException if the text is not of that form, or its percent is out of
     *     range or has more than two decimals; the message quotes the text
     */
    public static DiscountRate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new InvalidValueException("Discount must look like '12.00% off', was " + quoted(text));
        }
        BigDecimal percent = new BigDecimal(m.group(1));
        if (m.group(1).startsWith("-") || percent.compareTo(HUNDRED) >= 0) {
            throw new InvalidValueException("Discount must be from 0.00 to less than 100.00 percent off, was " + quoted(text));
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("Discount must have at most two decimals, was " + quoted(text));
        }
        return ofPercentOff(percent);
    }

    private static String quoted(CharSequence text) {
        if (text.length() <= QUOTED_MAX) {
            return "'" + text + "'";
        }
        return "'" + text.subSequence(0, QUOTED_MAX) + "...' (" + text.length() + " characters)";
    }

    /**
     * Returns the percent off, at scale 2.
     *
     * @return the percent off, not null
     */
    public BigDecimal percentOff() {
        return percentOff;
    }

    /**
     * Returns the percent of the list price the partner pays, at scale 2 ({@code 100 - percentOff}).
     *
     * @return the payable percent, not null
     */
    public BigDecimal payablePercent() {
        return HUNDRED.subtract(percentOff);
    }

    /**
     * Returns whether this is no discount at all.
     *
     * @return true for 0.00% off
     */
    public boolean isNone() {
        return percentOff.signum() == 0;
    }

    /**
     * Returns the settlement amount of a customer expenditure: {@code expenditure * (1 - p / 100)},
     * rounded by the policy. A negative expenditure (a refund) gives the negated settlement
     * of its positive counterpart, because the rounding modes act symmetrically on magnitudes.
     *
     * @param expenditure the list amount, not null
     * @param rounding how the product rounds; {@link RoundingPolicy#LINE} for bill lines, not null
     * @return the settlement amount in the same currency, not null
     */
    public MonetaryAmount settlement(MonetaryAmount expenditure, RoundingPolicy rounding) {
        BigDecimal value = settlement(ExactMoney.decimal(expenditure), expenditure.getCurrency(), rounding);
        return ExactMoney.monetary(value, expenditure.getCurrency());
    }

    /**
     * Returns the settlement value of a list value; see {@link #settlement(MonetaryAmount, RoundingPolicy)}.
     *
     * @param expenditure the list value, not null
     * @param currency the currency, for a policy that rounds to the currency, not null
     * @param rounding the rounding policy, not null
     * @return the settlement value, not null
     */
    public BigDecimal settlement(BigDecimal expenditure, javax.money.CurrencyUnit currency, RoundingPolicy rounding) {
        if (LineUnits.fitsSettlement(expenditure) && rounding.equals(RoundingPolicy.LINE)) {
            // Exact in long units; the same value as the BigDecimal path below (tested against it).
            return BigDecimal.valueOf(LineUnits.settleHalfUp(LineUnits.smallUnits(expenditure), payableHundredths),
                    ExactMoney.LINE_SCALE);
        }
        BigDecimal exact = expenditure.multiply(payablePercent()).movePointLeft(2);
        return rounding.round(exact, currency);
    }

    @Override
    public int compareTo(DiscountRate other) {
        return percentOff.compareTo(other.percentOff);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DiscountRate other && other.percentOff.equals(percentOff);
    }

    @Override
    public int hashCode() {
        return percentOff.hashCode();
    }

    /** Returns {@code "12.00% off"}. */
    @Override
    public String toString() {
        return percentOff.toPlainString() + "% off";
    }
}
