package io.partnerbill.tax;

import io.partnerbill.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The share of a price that a rate applies to, as an exact fraction: {@code 1} for the whole
 * price, {@code 11/12} for Indonesia's VAT from 2025 (12 % on a base of 11/12 of the price).
 *
 * <p>Kept as numerator and denominator so that 11/12 is never rounded before the tax is.
 * The canonical text is {@code "1"} or {@code "11/12"} (lowest terms); {@link #parse} also
 * accepts a decimal such as {@code "0.5"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BaseFactor {

    /** The whole price. */
    public static final BaseFactor ONE = new BaseFactor(BigInteger.ONE, BigInteger.ONE);

    private static final BigInteger MAX = BigInteger.valueOf(1_000_000_000L);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private BaseFactor(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * Obtains a factor {@code numerator / denominator}, greater than 0 and at most 1.
     *
     * @param numerator the numerator, 1 or more
     * @param denominator the denominator, at least the numerator, at most 10^9
     * @return the factor in lowest terms, not null
     * @throws InvalidValueException if the fraction is not in (0, 1]
     */
    public static BaseFactor of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator), numerator + "/" + denominator);
    }

    private static BaseFactor of(BigInteger num, BigInteger den, String text) {
        if (num.signum() <= 0 || den.signum() <= 0 || num.compareTo(den) > 0) {
            throw new InvalidValueException("Base factor must be greater than 0 and at most 1, was '" + text + "'");
        }
        BigInteger gcd = num.gcd(den);
        BigInteger n = num.divide(gcd);
        BigInteger d = den.divide(gcd);
        if (d.compareTo(MAX) > 0) {
            throw new InvalidValueException("Base factor's denominator must be at most 10^9, was '" + text + "'");
        }
        return d.equals(BigInteger.ONE) ? ONE : new BaseFactor(n, d);
    }

    /**
     * Parses {@code "1"}, {@code "11/12"} or a decimal such as {@code "0.5"}.
     *
     * @param text the text, not null
     * @return the factor, not null
     * @throws InvalidValueException if the text is not a fraction or decimal in (0, 1]
     */
    public static BaseFactor parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        try {
            int slash = s.indexOf('/');
            if (slash >= 0) {
                if (!s.matches("[0-9]{1,10}/[0-9]{1,10}")) {
                    throw new NumberFormatException(s);
                }
                return of(new BigInteger(s.substring(0, slash)), new BigInteger(s.substring(slash + 1)), s);
            }
            if (!s.matches("[0-9]{1,10}(\\.[0-9]{1,9})?")) {
                throw new NumberFormatException(s);
            }
            BigDecimal d = new BigDecimal(s);
            return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()), s);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("Base factor must look like '1', '11/12' or '0.5', was '" + s + "'");
        }
    }

    /** @return the numerator in lowest terms, not null */
    public BigInteger numerator() {
        return numerator;
    }

    /** @return the denominator in lowest terms, not null */
    public BigInteger denominator() {
        return denominator;
    }

    /** @return true for the whole price */
    public boolean isOne() {
        return denominator.equals(BigInteger.ONE);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BaseFactor o && o.numerator.equals(numerator) && o.denominator.equals(denominator);
    }

    @Override
    public int hashCode() {
        return numerator.hashCode() * 31 + denominator.hashCode();
    }

    /** Returns {@code "1"} or {@code "11/12"}. */
    @Override
    public String toString() {
        return isOne() ? "1" : numerator + "/" + denominator;
    }
}
