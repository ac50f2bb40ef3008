package io.partnerbill.core.pricing;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.jspecify.annotations.Nullable;

/**
 * How a rule prices a line for the customer: a percentage markup or markdown of the line's list
 * amount (the customer expenditure), or a fixed price per product.
 *
 * <p>A percentage has two decimals and is more than -100.00: {@code +5.00%} charges the customer
 * 105 % of the list amount, {@code -3.00%} charges 97 %. A fixed price replaces the list amount of
 * each expenditure line of the product (one line is one order, which is the unit the reseller
 * sells); refunds of such an order are priced in proportion (see {@code docs/statements.md}).
 *
 * <p>{@link #toString()} is {@code "+5.00%"}, {@code "-3.00%"} or {@code "fixed USD 12.00"};
 * {@link #parse} reads it back. This class is immutable and thread-safe.
 */
public final class Repricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String FIXED = "fixed ";

    private final BigDecimal percent;
    private final @Nullable MonetaryAmount fixedPrice;

    private Repricing(BigDecimal percent, @Nullable MonetaryAmount fixedPrice) {
        this.percent = percent;
        this.fixedPrice = fixedPrice;
    }

    /**
     * Obtains a percentage change of the list amount: positive for a markup, negative for a markdown.
     *
     * @param percent the change in percent, at most two decimals, more than -100, not null
     * @return the repricing, not null
     * @throws InvalidValueException if the percentage has more than two decimals or is -100 or less
     */
    public static Repricing ofPercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("Repricing percentage must have at most 2 decimal places, was '"
                    + percent.toPlainString() + "'");
        }
        BigDecimal p = percent.setScale(2, RoundingMode.UNNECESSARY);
        if (p.compareTo(HUNDRED.negate()) <= 0) {
            throw new InvalidValueException("A markdown must be less than 100.00%, was '" + p.toPlainString() + "%'");
        }
        return new Repricing(p, null);
    }

    /**
     * Obtains a markup: the customer pays the list amount plus this percentage.
     *
     * @param percent the markup, such as "5.00", zero or more, not null
     * @return the repricing, not null
     * @throws InvalidValueException if the text is not a non-negative number with at most two decimals
     */
    public static Repricing markup(String percent) {
        BigDecimal p = number(percent);
        if (p.signum() < 0) {
            throw new InvalidValueException("A markup must not be negative, was '" + percent + "'");
        }
        return ofPercent(p);
    }

    /**
     * Obtains a markdown: the customer pays the list amount less this percentage.
     *
     * @param percent the markdown, such as "3.00", zero to less than 100, not null
     * @return the repricing, not null
     * @throws InvalidValueException if the text is not a number from 0 to less than 100 with at most two decimals
     */
    public static Repricing markdown(String percent) {
        BigDecimal p = number(percent);
        if (p.signum() < 0) {
            throw new InvalidValueException("A markdown must not be negative, was '" + percent + "'");
        }
        return ofPercent(p.negate());
    }

    /**
     * Obtains a fixed price per order of a product, replacing each expenditure line's list amount.
     *
     * @param price the price, zero or more, at most 8 decimals, not null
     * @return the repricing, not null
     * @throws InvalidValueException if the price is negative or has more than 8 decimals
     */
    public static Repricing fixedPrice(MonetaryAmount price) {
        Objects.requireNonNull(price, "price");
        BigDecimal value = ExactMoney.atLineScale(ExactMoney.decimal(price), "Fixed price");
        if (value.signum() < 0) {
            throw new InvalidValueException("A fixed price must not be negative, was '" + ExactMoney.format(price) + "'");
        }
        return new Repricing(BigDecimal.ZERO.setScale(2), ExactMoney.monetary(value, price.getCurrency()));
    }

    /**
     * Parses {@code "+5.00%"}, {@code "-3.00%"} or {@code "fixed USD 12.00"}.
     *
     * @param text the text, not null
     * @return the repricing, not null
     * @throws InvalidValueException if the text is in neither form
     */
    public static Repricing parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        if (s.startsWith(FIXED)) {
            String[] parts = s.substring(FIXED.length()).split(" ", -1);
            if (parts.length == 2) {
                try {
                    return fixedPrice(ExactMoney.monetary(new BigDecimal(parts[1]), Monetary.getCurrency(parts[0])));
                } catch (NumberFormatException | UnknownCurrencyException e) {
                    // falls through to the message below
                }
            }
        } else if (s.endsWith("%") && (s.startsWith("+") || s.startsWith("-"))) {
            return ofPercent(number(s.substring(0, s.length() - 1)));
        }
        throw new InvalidValueException("Repricing must look like '+5.00%', '-3.00%' or 'fixed USD 12.00', was '" + s + "'");
    }

    private static BigDecimal number(String text) {
        Objects.requireNonNull(text, "percent");
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("Repricing percentage must be a number, was '" + text + "'");
        }
    }

    /** @return true for a fixed price, false for a percentage */
    public boolean isFixedPrice() {
        return fixedPrice != null;
    }

    /** @return the percentage change (scale 2; zero for a fixed price), not null */
    public BigDecimal percent() {
        return percent;
    }

    /** @return the fixed price, or empty for a percentage, not null */
    public Optional<MonetaryAmount> fixedPrice() {
        return Optional.ofNullable(fixedPrice);
    }

    /**
     * Applies a percentage to a list amount, HALF_UP at 8 decimals (a line's scale).
     *
     * @param list the list amount, not null
     * @return {@code list × (100 + percent) / 100}, at scale 8, not null
     */
    public BigDecimal applyPercent(BigDecimal list) {
        return list.multiply(HUNDRED.add(percent)).divide(HUNDRED).setScale(ExactMoney.LINE_SCALE, RoundingMode.HALF_UP);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Repricing o) || !o.percent.equals(percent)) {
            return false;
        }
        return fixedPrice == null ? o.fixedPrice == null : o.fixedPrice != null && ExactMoney.same(o.fixedPrice, fixedPrice);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fixedPrice == null, percent);
    }

    @Override
    public String toString() {
        return fixedPrice != null ? FIXED + ExactMoney.format(fixedPrice) : (percent.signum() < 0 ? "" : "+") + percent.toPlainString() + "%";
    }
}
