package io.partnerbill.export.tasks;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.export.ChunkedDetails;
import java.util.Locale;
import java.util.Objects;

/**
 * What to export: a partner's bill or bill details of a cycle, in a format; for details, the
 * most rows per file (default 100,000) and whether to zip even a single part. Details with more
 * rows than the limit are always delivered as one zip of parts.
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

    private ExportRequest(ExportKind kind, PartnerId partner, BillCycle cycle, String format, int maxRowsPerFile,
            boolean zip) {
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
                false);
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
        return new ExportRequest(kind, partner, cycle, format, maxRowsPerFile, zip);
    }

    /**
     * Returns a copy that zips the details even when they fit one file.
     *
     * @param zip whether to zip always
     * @return the new request, not null
     */
    public ExportRequest withZip(boolean zip) {
        return new ExportRequest(kind, partner, cycle, format, maxRowsPerFile, zip);
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
                && ((ExportRequest) obj).zip == zip;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, partner, cycle, format, maxRowsPerFile, zip);
    }

    @Override
    public String toString() {
        return "ExportRequest[" + kind + " " + partner + " " + cycle + " " + format + ", max " + maxRowsPerFile
                + " rows per file" + (zip ? ", zip" : "") + "]";
    }
}
