package io.partnerbill.export.importing;

import static io.partnerbill.export.format.BillDetailsLayout.ORDER_ID;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.billing.LineBook;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.export.format.DisplayText;
import io.partnerbill.export.internal.Cells;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;

/**
 * Reads a bill-details CSV in the operator's layout into {@link BillLine}s.
 *
 * <ul>
 * <li>UTF-8, with or without a byte order mark; RFC 4180 quoting; header on line 1.</li>
 * <li>Columns are found by header name (case and surrounding blanks ignored), in any order;
 *     extra columns are ignored. Required: Customer ID, Billing Cycle, Partner ID, Bill Type,
 *     Billing Mode, Product Type, Product Name, Product ID, Cloud Service Region Code, Order ID,
 *     Transaction Time, Order Type, Customer Expenditure, Settlement Amount. The others may be
 *     missing (empty text, NORMAL_PRODUCT, no discount); the name columns are not read.</li>
 * <li>Partner Settlement Discount: {@code "12.00% off"} is percent off; {@code "75%"} (the
 *     Chinese export's payable share) is 25.00% off; empty is no discount.</li>
 * <li>Transaction Time: an ISO-8601 instant ({@code 2024-01-15T03:04:05Z}), an ISO offset
 *     date-time, or a local {@code 2024-01-15 11:04:05} / {@code 2024-01-15T11:04:05} in the
 *     importer's zone (default Asia/Shanghai).</li>
 * <li>Amounts: plain decimals with at most 8 decimal places, taken in the importer's currency
 *     (the layout has no currency column).</li>
 * <li>Text cells that the exporter escaped against formula injection are unescaped: one
 *     leading {@code '} is removed when what follows starts (after any further apostrophes)
 *     with {@code = + - @}, tab, CR or NUL.</li>
 *
 * <li>Each row's Billing Cycle must be the cycle its Transaction Time falls in, in the billing
 *     zone (Asia/Shanghai): a row that says 2024-01 for a time of 2024-02-01 00:30 Beijing is
 *     refused rather than left out of both months' bills.</li>
 * </ul>
 *
 * <p>Refused, with {@link MalformedImportException} naming the file, the line (the line a
 * record starts on; for a quote never closed, the line it opened on), the column and the value
 * (values past 80 characters are cut, with their length): a malformed cell, a missing required
 * column, a header name given twice, a row with more cells than the header, a repeated Order
 * ID, a Billing Cycle that is not its Transaction Time's, bytes that are not UTF-8 (named by
 * byte offset), and broken CSV quoting. Nothing of such a file is returned or imported. A file
 * that cannot be read throws {@link UncheckedIOException} whose message names the file and
 * says why (a directory, not a regular file, an I/O error).
 *
 * <p>{@link #read} keeps every line in memory; {@link #scan} hands each line on as it is read,
 * in memory independent of the file's size, for files that do not fit in memory.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillDetailsImporter {

    private static final Pattern PAYABLE = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)\\s*%");

    private final CurrencyUnit currency;
    private final ZoneId zone;

    private BillDetailsImporter(CurrencyUnit currency, ZoneId zone) {
        this.currency = currency;
        this.zone = zone;
    }

    /** What a reading does with a row whose Billing Cycle is not its Transaction Time's. */
    @FunctionalInterface
    interface CycleMismatch {
        /** Either throws, or accepts the line as it is, noting the mismatch. */
        void found(long lineNumber, BillLine line, BillCycle cycleOfTime, DetailsRow row);
    }

    private static final CycleMismatch REFUSE = (lineNumber, line, cycleOfTime, row) -> row.requireCycleOfTime(line);
    /**
     * Obtains an importer of amounts in a currency, reading local times in Beijing time.
     *
     * @param currency the currency of the file's amounts, not null
     * @return the importer, not null
     */
    public static BillDetailsImporter of(CurrencyUnit currency) {
        return new BillDetailsImporter(Objects.requireNonNull(currency, "currency"), BillingCalendar.BEIJING);
    }

    /**
     * Obtains an importer of amounts in a currency given by its code.
     *
     * @param currencyCode the ISO 4217 code, such as "USD", not null
     * @return the importer, not null
     * @throws InvalidValueException if the code is not a known currency
     */
    public static BillDetailsImporter of(String currencyCode) {
        Objects.requireNonNull(currencyCode, "currencyCode");
        try {
            return of(Monetary.getCurrency(currencyCode));
        } catch (UnknownCurrencyException e) {
            throw new InvalidValueException("Unknown currency '" + currencyCode + "'");
        }
    }

    /**
     * Returns a copy that reads local transaction times in another zone.
     *
     * @param zone the zone, not null
     * @return the new importer, not null
     */
    public BillDetailsImporter withZone(ZoneId zone) {
        return new BillDetailsImporter(currency, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Reads a file.
     *
     * @param file the file, not null
     * @return its lines, not null
     * @throws MalformedImportException if a row or the header is malformed
     * @throws UncheckedIOException if the file cannot be read (a directory, not a regular file, an I/O error)
     */
    public ImportedBillDetails read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = open(file)) {
            return read(String.valueOf(file.getFileName()), in);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /**
     * Reads a stream, which is read to its end but not closed.
     *
     * @param source the file's name for messages, not null
     * @param in the bytes, not null
     * @return its lines, not null
     * @throws MalformedImportException if a row or the header is malformed, or the bytes are not UTF-8
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ImportedBillDetails read(String source, InputStream in) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(in, "in");
        List<ImportedLine> lines = new ArrayList<>();
        Map<OrderId, Long> seen = new HashMap<>();
        DetailsRow row = new DetailsRow(source, currency, zone);
        DetailsParser.parse(source, in, (header, lineNumber, cells) -> {
            BillLine line = row.line(header, lineNumber, cells);
            row.requireCycleOfTime(line);
            Long first = seen.putIfAbsent(line.orderId(), lineNumber);
            if (first != null) {
                throw repeated(source, lineNumber, line.orderId().value(), first);
            }
            lines.add(new ImportedLine(lineNumber, line));
        });
        return new ImportedBillDetails(source, lines);
    }

    /**
     * Reads a file row by row, handing each line to an action as soon as it is read and
     * checked, in memory independent of the file's size: for files that do not fit in memory
     * ({@code partnerbill bill} and {@code reconcile} sum lines as they come).
     *
     * <p>Every check of {@link #read(Path)} is made. Repeated Order IDs are found in bounded
     * memory: each Order ID's 64-bit fingerprint is sorted in runs spilled to a temporary file
     * (8 bytes a line, deleted at the end) and the runs are merged; only when two fingerprints
     * are equal is the file read a second time, to name the repeat and its two lines. So a
     * repeat is only reported once the whole file has been read: if this method throws, the
     * action may already have seen lines of the refused file; discard what it built from them.
     *
     * @param file the file, not null
     * @param action receives each line with its line number, in file order, not null
     * @return how many lines were read
     * @throws MalformedImportException if the file is malformed (see the class description)
     * @throws UncheckedIOException if the file cannot be read (a directory, not a regular file, an I/O error)
     */
    public long scan(Path file, Consumer<? super ImportedLine> action) {
        Objects.requireNonNull(action, "action");
        return scan(file, action, REFUSE);
    }

    /** {@link #scan(Path, Consumer)}, with another answer to a row whose cycle is not its time's. */
    long scan(Path file, Consumer<? super ImportedLine> action, CycleMismatch mismatch) {
        Objects.requireNonNull(file, "file");
        String source = String.valueOf(file.getFileName());
        DetailsRow row = new DetailsRow(source, currency, zone);
        long count;
        try (OrderIdCheck orderIds = new OrderIdCheck()) {
            try (InputStream in = open(file)) {
                count = DetailsParser.parse(source, in, (header, lineNumber, cells) -> {
                    BillLine line = row.line(header, lineNumber, cells);
                    BillCycle ofTime = DetailsRow.cycleOf(line.transactionTime());
                    if (!ofTime.equals(line.cycle())) {
                        mismatch.found(lineNumber, line, ofTime, row);
                    }
                    orderIds.add(line.orderId().value());
                    action.accept(new ImportedLine(lineNumber, line));
                });
            } catch (IOException e) {
                throw cannotRead(file, e);
            }
            Set<Long> repeated = orderIds.repeatedFingerprints();
            if (!repeated.isEmpty()) {
                checkRepeats(file, source, repeated);
            }
        }
        return count;
    }

    /** Reads the file again, looking only at Order IDs of repeated fingerprints, and refuses the first that repeats. */
    private static void checkRepeats(Path file, String source, Set<Long> fingerprints) {
        Map<String, Long> first = new HashMap<>();
        try (InputStream in = open(file)) {
            DetailsParser.parse(source, in, (header, lineNumber, cells) -> {
                String id = Cells.unescape(cells.get(header.column(ORDER_ID)));
                if (fingerprints.contains(OrderIdCheck.fingerprint(id))) {
                    Long earlier = first.putIfAbsent(id, lineNumber);
                    if (earlier != null) {
                        throw repeated(source, lineNumber, id, earlier);
                    }
                }
            });
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    private static MalformedImportException repeated(String source, long lineNumber, String orderId, long first) {
        return new MalformedImportException(source, lineNumber, ORDER_ID, orderId, "repeats the Order ID of line " + first);
    }

    /** Opens a regular file, or says what it is instead. */
    private static InputStream open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException("is not a regular file");
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file", e);
        }
    }

    private static UncheckedIOException cannotRead(Path file, IOException e) {
        return new UncheckedIOException("Cannot read bill-details file " + DisplayText.quote(String.valueOf(file)) + ": "
                + e.getMessage(), e);
    }

    /**
     * Reads a stream and appends its lines to a line book as one transaction: all of them, or,
     * if the file is malformed or a line is refused, none.
     *
     * @param lines the book, not null
     * @param source the file's name for messages, not null
     * @param in the bytes, not null
     * @return how many lines were new (the rest were already present)
     * @throws MalformedImportException if the file is malformed (nothing is appended)
     * @throws PartnerBillingException as {@link LineBook#appendAll} does (nothing is appended)
     */
    public int importInto(LineBook lines, String source, InputStream in) {
        Objects.requireNonNull(lines, "lines");
        return lines.appendAll(read(source, in).billLines());
    }

    /** Parses "12.00% off" (percent off), "75%" (payable share) or "" (none). */
    static DiscountRate discount(String text) {
        if (text.isEmpty()) {
            return DiscountRate.NONE;
        }
        if (text.toLowerCase(Locale.ROOT).endsWith("off")) {
            return DiscountRate.parse(text);
        }
        Matcher m = PAYABLE.matcher(text);
        if (m.matches()) {
            return DiscountRate.ofPayablePercent(new BigDecimal(m.group(1)));
        }
        throw new InvalidValueException("Discount must look like '12.00% off' or '75%'");
    }

    @Override
    public String toString() {
        return "BillDetailsImporter[" + currency.getCurrencyCode() + ", " + zone + "]";
    }
}
