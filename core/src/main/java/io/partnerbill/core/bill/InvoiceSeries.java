package io.partnerbill.core.bill;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.InvoiceSeriesFullException;
import io.partnerbill.core.Issuer;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A series of invoice numbers, {@code <prefix>-<year>-<sequence>}: the issuer's n-th invoice dated in
 * a year, counted from 1 without gaps. The year is the calendar year or a financial year that starts
 * in another month (India's runs April to March and is written {@code 2024-25}).
 *
 * <p>The invoice's date (its issue instant in the billing zone) decides its year, not the cycle
 * billed: March's bill, issued in April, is an invoice of the new financial year, as the tax
 * authorities count invoices by their date.
 *
 * <p>A prefix is 1 to 10 letters, digits, {@code -} or {@code /} (the characters India's GST rules
 * allow in an invoice number), and does not start or end with {@code -} or {@code /}. The width
 * (1 to 18 digits) pads the sequence with zeros; an issue whose number would need more digits is
 * refused with {@link InvoiceSeriesFullException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvoiceSeries {

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9/-]{0,8}[A-Za-z0-9])?");
    private static final int MAX_WIDTH = 18;

    private final String prefix;
    private final int width;
    private final Month firstMonth;

    /** Validates here, so that no series exists that the factories would refuse. */
    private InvoiceSeries(String prefix, int width, Month firstMonth) {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new InvalidValueException("An invoice prefix is 1 to 10 letters, digits, '-' or '/', starting and "
                    + "ending with a letter or digit, was '" + prefix + "'");
        }
        if (width < 1 || width > MAX_WIDTH) {
            throw new InvalidValueException("An invoice number's width is 1 to " + MAX_WIDTH + " digits, was '" + width + "'");
        }
        this.prefix = prefix;
        this.width = width;
        this.firstMonth = firstMonth;
    }

    /**
     * Obtains a series that starts again each calendar year: {@code PB-2024-000017}.
     *
     * @param prefix the issuer's prefix, not null
     * @param width the digits of the sequence, 1 to 18
     * @return the series, not null
     * @throws InvalidValueException if the prefix or width is not allowed
     */
    public static InvoiceSeries calendarYear(String prefix, int width) {
        return financialYear(prefix, width, Month.JANUARY);
    }

    /**
     * Obtains a series that starts again each financial year, on the first of {@code firstMonth}:
     * with {@code APRIL}, an invoice dated 31 March 2025 is in {@code 2024-25} and one dated 1 April
     * 2025 in {@code 2025-26}. {@code JANUARY} is the calendar year, written {@code 2025}.
     *
     * @param prefix the issuer's prefix, not null
     * @param width the digits of the sequence, 1 to 18
     * @param firstMonth the month the year starts with, not null
     * @return the series, not null
     * @throws InvalidValueException if the prefix or width is not allowed
     */
    public static InvoiceSeries financialYear(String prefix, int width, Month firstMonth) {
        return new InvoiceSeries(Objects.requireNonNull(prefix, "prefix"), width,
                Objects.requireNonNull(firstMonth, "firstMonth"));
    }

    /**
     * Returns the prefix.
     *
     * @return the prefix, not null
     */
    public String prefix() {
        return prefix;
    }

    /**
     * Returns the year an invoice dated {@code date} counts in: {@code 2025} for a calendar year,
     * {@code 2024-25} for a financial year from April 2024 to March 2025.
     *
     * @param date the invoice's date, not null
     * @return the year, not null
     */
    public String year(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (firstMonth == Month.JANUARY) {
            return Integer.toString(date.getYear());
        }
        int start = date.getMonthValue() >= firstMonth.getValue() ? date.getYear() : date.getYear() - 1;
        return String.format(Locale.ROOT, "%d-%02d", start, (start + 1) % 100);
    }

    /**
     * Returns the counter an invoice dated {@code date} takes its sequence from: the number
     * without the sequence, {@code PB-2024-25}. Two series with the same prefix share it.
     *
     * @param date the invoice's date, not null
     * @return the counter's name, not null
     */
    public String counter(LocalDate date) {
        return prefix + "-" + year(date);
    }

    /**
     * Writes the number of the {@code sequence}-th invoice dated in {@code date}'s year.
     *
     * @param issuer who issues it, named in the refusal, not null
     * @param date the invoice's date, not null
     * @param sequence 1 for the first invoice of the year, then 2, 3, ...
     * @return the number, such as {@code PB-2024-25-000017}, not null
     * @throws InvoiceSeriesFullException if the sequence needs more digits than the width
     */
    public String number(Issuer issuer, LocalDate date, long sequence) {
        Objects.requireNonNull(issuer, "issuer");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be 1 or more, was " + sequence);
        }
        String digits = Long.toString(sequence);
        if (digits.length() > width) {
            throw new InvoiceSeriesFullException("Invoice series '" + counter(date) + "' of issuer '" + issuer
                    + "' is full: number '" + sequence + "' needs more than " + width + " digits (widen the series)");
        }
        return counter(date) + "-" + "0".repeat(width - digits.length()) + digits;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof InvoiceSeries o && o.prefix.equals(prefix) && o.width == width && o.firstMonth == firstMonth;
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefix, width, firstMonth);
    }

    @Override
    public String toString() {
        return prefix + "-<year from " + firstMonth + ">-" + "0".repeat(width);
    }
}
