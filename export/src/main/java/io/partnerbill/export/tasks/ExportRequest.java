package io.partnerbill.export.tasks;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.export.ChunkedDetails;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What to export: a partner's bill or bill details of a cycle, in a format; for details, the
 * most rows per file (default 100,000) and whether to zip even a single part. Details with more
 * rows than the limit are always delivered as one zip of parts. A tax invoice is "pdf" or "ubl"
 * (UBL 2.1 XML); a statement's invoice also names the customer.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExportRequest {

    private final ExportKind kind;
    private final PartnerId partner;
    private final BillCycle cycle;
    private final String format;
    private final int maxRowsPerFile;
    private final boolean zip;
    private final @Nullable CustomerId customer;

    private ExportRequest(ExportKind kind, PartnerId partner, BillCycle cycle, String format, int maxRowsPerFile,
            boolean zip, @Nullable CustomerId customer) {
        this.customer = customer;
        this.kind = kind;
        this.partner = partner;
        this.cycle = cycle;
        this.format = format;
        this.maxRowsPerFile = maxRowsPerFile;
        this.zip = zip;
    }

    /**
     * Requests a bill export ("export bills").
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param format the format name, such as "json", not null
     * @return the request, not null
     */
    public static ExportRequest bill(PartnerId partner, BillCycle cycle, String format) {
        return of(ExportKind.BILL, partner, cycle, format);
    }

    /**
     * Requests a bill-details export ("export bill details").
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param format the format name, such as "csv", not null
     * @return the request, not null
     */
    public static ExportRequest billDetails(PartnerId partner, BillCycle cycle, String format) {
        return of(ExportKind.BILL_DETAILS, partner, cycle, format);
    }

    /**
     * Requests the export of a reseller's customer statements of a cycle (every customer with
     * lines in it: the issued statement, else a draft).
     *
     * @param reseller the reseller, not null
     * @param cycle the cycle, not null
     * @param format the format name, such as "csv" or "json", not null
     * @return the request, not null
     */
    public static ExportRequest statements(PartnerId reseller, BillCycle cycle, String format) {
        return of(ExportKind.STATEMENTS, reseller, cycle, format);
    }

    /**
     * Requests the export of a reseller's margin report of a cycle.
     *
     * @param reseller the reseller, not null
     * @param cycle the cycle, not null
     * @param format the format name, such as "csv" or "xlsx", not null
     * @return the request, not null
     */
    public static ExportRequest margin(PartnerId reseller, BillCycle cycle, String format) {
        return of(ExportKind.MARGIN, reseller, cycle, format);
    }

    /**
     * Requests the tax invoice of a partner's issued bill.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param format "pdf" or "ubl", not null
     * @return the request, not null
     * @throws InvalidValueException if the format is neither
     */
    public static ExportRequest invoice(PartnerId partner, BillCycle cycle, String format) {
        return of(ExportKind.INVOICE, partner, cycle, invoiceFormat(format));
    }

    /**
     * Requests the tax invoice of a reseller's issued statement to one customer.
     *
     * @param reseller the reseller, not null
     * @param customer the customer, not null
     * @param cycle the cycle, not null
     * @param format "pdf" or "ubl", not null
     * @return the request, not null
     * @throws InvalidValueException if the format is neither
     */
    public static ExportRequest statementInvoice(PartnerId reseller, CustomerId customer, BillCycle cycle, String format) {
        ExportRequest r = of(ExportKind.STATEMENT_INVOICE, reseller, cycle, invoiceFormat(format));
        return new ExportRequest(r.kind, r.partner, r.cycle, r.format, r.maxRowsPerFile, r.zip,
                Objects.requireNonNull(customer, "customer"));
    }

    private static String invoiceFormat(String format) {
        Objects.requireNonNull(format, "format");
        String lower = format.toLowerCase(Locale.ROOT);
        if (!lower.equals("pdf") && !lower.equals("ubl")) {
            throw new InvalidValueException("Invoice format must be 'pdf' or 'ubl', was '" + format + "'");
        }
        return lower;
    }

    /**
     * Requests an export.
     *
     * @param kind what to export, not null
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param format the format name, not null, not blank
     * @return the request, not null
     */
    public static ExportRequest of(ExportKind kind, PartnerId partner, BillCycle cycle, String format) {
        Objects.requireNonNull(format, "format");
        if (format.isBlank()) {
            throw new InvalidValueException("Export format must not be blank, was '" + format + "'");
        }
        return new ExportRequest(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(partner, "partner"),
                Objects.requireNonNull(cycle, "cycle"), format.toLowerCase(Locale.ROOT), ChunkedDetails.DEFAULT_MAX_ROWS,
                false, null);
    }

    /**
     * Returns a copy with another row limit per file (bill details only).
     *
     * @param maxRowsPerFile the limit, 1 or more
     * @return the new request, not null
     * @throws InvalidValueException if the limit is less than 1
     */
    public ExportRequest withMaxRowsPerFile(int maxRowsPerFile) {
        if (maxRowsPerFile < 1) {
            throw new InvalidValueException("Rows per file must be at least 1, was '" + maxRowsPerFile + "'");
        }
        return new ExportRequest(kind, partner, cycle, format, maxRowsPerFile, zip, customer);
    }

    /**
     * Returns a copy that zips the details even when they fit one file.
     *
     * @param zip whether to zip always
     * @return the new request, not null
     */
    public ExportRequest withZip(boolean zip) {
        return new ExportRequest(kind, partner, cycle, format, maxRowsPerFile, zip, customer);
    }

    /** @return what to export, not null */
    public ExportKind kind() {
        return kind;
    }

    /** @return the partner, not null */
    public PartnerId partner() {
        return partner;
    }

    /** @return the cycle, not null */
    public BillCycle cycle() {
        return cycle;
    }

    /** @return the format name, lower case, not null */
    public String format() {
        return format;
    }

    /** @return the customer of a statement's invoice, else empty, not null */
    public Optional<CustomerId> customer() {
        return Optional.ofNullable(customer);
    }

    /** @return the most rows per detail file */
    public int maxRowsPerFile() {
        return maxRowsPerFile;
    }

    /** @return whether details are zipped even as one part */
    public boolean zip() {
        return zip;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ExportRequest && ((ExportRequest) obj).kind == kind
                && ((ExportRequest) obj).partner.equals(partner) && ((ExportRequest) obj).cycle.equals(cycle)
                && ((ExportRequest) obj).format.equals(format) && ((ExportRequest) obj).maxRowsPerFile == maxRowsPerFile
                && ((ExportRequest) obj).zip == zip && Objects.equals(((ExportRequest) obj).customer, customer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, partner, cycle, format, maxRowsPerFile, zip, customer);
    }

    @Override
    public String toString() {
        return "ExportRequest[" + kind + " " + partner + (customer == null ? "" : " " + customer) + " " + cycle + " "
                + format + ", max " + maxRowsPerFile
                + " rows per file" + (zip ? ", zip" : "") + "]";
    }
}
