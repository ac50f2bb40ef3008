package io.partnerbill.tax;

import io.partnerbill.core.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link RateTable}: a region's tax (such as Singapore's "GST") at a rate in
 * percent on a share of the price, in force from a date until an optional end date
 * (half-open: {@code [from, until)}).
 *
 * <p>{@code toString()} is the row as a line of the table's CSV, such as
 * {@code "ID,VAT,2025-01-01,,12,11/12"}, and {@link #parse} reads such a line back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RateEntry {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Country region;
    private final String tax;
    private final LocalDate from;
    private final @Nullable LocalDate until;
    private final BigDecimal ratePercent;
    private final BaseFactor baseFactor;

    private RateEntry(Country region, String tax, LocalDate from, @Nullable LocalDate until, BigDecimal ratePercent,
            BaseFactor baseFactor) {
        this.region = region;
        this.tax = tax;
        this.from = from;
        this.until = until;
        this.ratePercent = ratePercent;
        this.baseFactor = baseFactor;
    }

    /**
     * Obtains a row on the whole price, in force from a date on.
     *
     * @param region the region, not null
     * @param tax the tax's name, shown as the component's name, such as "VAT", not null
     * @param from the first day in force, not null
     * @param ratePercent the rate in percent, 0 to 100, not null
     * @return the row, not null
     * @throws InvalidValueException if the name or rate is invalid
     */
    public static RateEntry of(Country region, String tax, LocalDate from, BigDecimal ratePercent) {
        return of(region, tax, from, Optional.empty(), ratePercent, BaseFactor.ONE);
    }

    /**
     * Obtains a row.
     *
     * @param region the region, not null
     * @param tax the tax's name: not blank, no comma, no leading or trailing space, not null
     * @param from the first day in force, not null
     * @param until the first day no longer in force, after {@code from}, or empty, not null
     * @param ratePercent the rate in percent, 0 to 100, at most 4 decimals, not null
     * @param baseFactor the share of the price the rate applies to, not null
     * @return the row, not null
     * @throws InvalidValueException if a value breaks these rules
     */
    public static RateEntry of(Country region, String tax, LocalDate from, Optional<LocalDate> until,
            BigDecimal ratePercent, BaseFactor baseFactor) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(baseFactor, "baseFactor");
        checkTaxName(tax);
        LocalDate end = until.orElse(null);
        if (end != null && !end.isAfter(from)) {
            throw new InvalidValueException("Rate of " + region + " " + tax + " must end after it starts (" + from
                    + "), was until '" + end + "'");
        }
        return new RateEntry(region, tax, from, end, checkRate(ratePercent), baseFactor);
    }

    static void checkTaxName(String tax) {
        if (tax.isBlank() || !tax.strip().equals(tax) || tax.contains(",") || tax.contains("\"")) {
            throw new InvalidValueException("Tax name must be non-blank text without commas, quotes or surrounding "
                    + "spaces, was '" + tax + "'");
        }
    }

    static BigDecimal checkRate(BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("Tax rate must be 0 to 100 percent, was '" + rate.toPlainString() + "'");
        }
        BigDecimal r = rate.stripTrailingZeros();
        if (r.scale() > 4) {
            throw new InvalidValueException("Tax rate must have at most 4 decimals, was '" + rate.toPlainString() + "'");
        }
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /**
     * Parses one CSV line of a rate table (without the header), as {@link #toString()} writes it.
     *
     * @param csvLine such as "SG,GST,2024-01-01,,9,1", not null
     * @return the row, not null
     * @throws MalformedRateTableException naming the column and value that are wrong (line 1)
     */
    public static RateEntry parse(CharSequence csvLine) {
        return RateCsv.parseRow(csvLine.toString(), 1);
    }

    /**
     * Returns whether the row is in force on a day.
     *
     * @param date the day, not null
     * @return true if {@code from <= date < until}
     */
    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }

    boolean overlaps(RateEntry other) {
        return (other.until == null || from.isBefore(other.until)) && (until == null || other.from.isBefore(until));
    }

    /** @return the region, not null */
    public Country region() {
        return region;
    }

    /** @return the tax's name, such as "GST", not null */
    public String tax() {
        return tax;
    }

    /** @return the first day in force, not null */
    public LocalDate from() {
        return from;
    }

    /** @return the first day no longer in force, or empty if open-ended, not null */
    public Optional<LocalDate> until() {
        return Optional.ofNullable(until);
    }

    /** @return the rate in percent (9 for 9 %), without trailing zeros, not null */
    public BigDecimal ratePercent() {
        return ratePercent;
    }

    /** @return the share of the price the rate applies to, not null */
    public BaseFactor baseFactor() {
        return baseFactor;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RateEntry o && o.region.equals(region) && o.tax.equals(tax) && o.from.equals(from)
                && Objects.equals(o.until, until) && o.ratePercent.equals(ratePercent) && o.baseFactor.equals(baseFactor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, tax, from, until, ratePercent, baseFactor);
    }

    /** Returns the row as a CSV line: {@code region,tax,from,until,rate,base_factor}. */
    @Override
    public String toString() {
        return region + "," + tax + "," + from + "," + (until == null ? "" : until.toString()) + ","
                + ratePercent.toPlainString() + "," + baseFactor;
    }
}
