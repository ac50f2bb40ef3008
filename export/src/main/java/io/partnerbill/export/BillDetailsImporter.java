package io.partnerbill.export;

import static io.partnerbill.export.BillDetailsLayout.APPLICATION;
import static io.partnerbill.export.BillDetailsLayout.BILLING_CYCLE;
import static io.partnerbill.export.BillDetailsLayout.BILLING_MODE;
import static io.partnerbill.export.BillDetailsLayout.BILL_TYPE;
import static io.partnerbill.export.BillDetailsLayout.CUSTOMER_EXPENDITURE;
import static io.partnerbill.export.BillDetailsLayout.CUSTOMER_ID;
import static io.partnerbill.export.BillDetailsLayout.ORDER_ID;
import static io.partnerbill.export.BillDetailsLayout.ORDER_TYPE;
import static io.partnerbill.export.BillDetailsLayout.ORIGINAL_ORDER_ID;
import static io.partnerbill.export.BillDetailsLayout.PARTNER_ID;
import static io.partnerbill.export.BillDetailsLayout.PRODUCT_ID;
import static io.partnerbill.export.BillDetailsLayout.PRODUCT_NAME;
import static io.partnerbill.export.BillDetailsLayout.PRODUCT_TYPE;
import static io.partnerbill.export.BillDetailsLayout.PRODUCT_TYPE_CODE;
import static io.partnerbill.export.BillDetailsLayout.REGION;
import static io.partnerbill.export.BillDetailsLayout.REGION_CODE;
import static io.partnerbill.export.BillDetailsLayout.RESOURCE_TYPE;
import static io.partnerbill.export.BillDetailsLayout.RESOURCE_TYPE_CODE;
import static io.partnerbill.export.BillDetailsLayout.SETTLEMENT_AMOUNT;
import static io.partnerbill.export.BillDetailsLayout.SETTLEMENT_DISCOUNT;
import static io.partnerbill.export.BillDetailsLayout.SETTLEMENT_TYPE;
import static io.partnerbill.export.BillDetailsLayout.SPECIFICATIONS;
import static io.partnerbill.export.BillDetailsLayout.TRANSACTION_TIME;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.LineBook;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.BillingMode;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.discount.SettlementType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;

/**
 * Reads a bill-details CSV in the operator's layout (DOMAIN.md §4) into {@link BillLine}s.
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
 * </ul>
 *
 * <p>A malformed row, a missing required column or a repeated Order ID throws
 * {@link MalformedImportException} naming the line, column and value, and nothing of the file
 * is returned or imported.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillDetailsImporter {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern PAYABLE = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)\\s*%");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]", Locale.ROOT);
    private static final List<String> REQUIRED = List.of(CUSTOMER_ID, BILLING_CYCLE, PARTNER_ID, BILL_TYPE,
            BILLING_MODE, PRODUCT_TYPE, PRODUCT_NAME, PRODUCT_ID, REGION_CODE, ORDER_ID, TRANSACTION_TIME, ORDER_TYPE,
            CUSTOMER_EXPENDITURE, SETTLEMENT_AMOUNT);

    private final CurrencyUnit currency;
    private final ZoneId zone;

    private BillDetailsImporter(CurrencyUnit currency, ZoneId zone) {
        this.currency = currency;
        this.zone = zone;
    }

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
     * @throws UncheckedIOException if the file cannot be read
     */
    public ImportedBillDetails read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(String.valueOf(file.getFileName()), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bill-details file '" + file + "'", e);
        }
    }

    /**
     * Reads a stream, which is read to its end but not closed.
     *
     * @param source the file's name for messages, not null
     * @param in the bytes, not null
     * @return its lines, not null
     * @throws MalformedImportException if a row or the header is malformed
     * @throws UncheckedIOException if the stream cannot be read or is not UTF-8
     */
    public ImportedBillDetails read(String source, InputStream in) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(in, "in");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        List<ImportedLine> lines = new ArrayList<>();
        Map<OrderId, Long> seen = new HashMap<>();
        try (CsvParser p = MAPPER.getFactory().createParser(reader)) {
            Map<String, Integer> header = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.START_ARRAY) {
                    continue;
                }
                long lineNumber = -1;
                List<String> cells = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (lineNumber < 0) {
                        // the row's start: the first cell's line (the array token sits at the previous row's end)
                        lineNumber = p.currentTokenLocation().getLineNr();
                    }
                    cells.add(p.getText());
                }
                if (header == null) {
                    header = header(source, cells);
                    continue;
                }
                if (cells.isEmpty() || cells.size() == 1 && cells.get(0).isEmpty()) {
                    continue; // a blank line
                }
                Row row = new Row(source, lineNumber, header, cells);
                BillLine line = row.line();
                Long first = seen.putIfAbsent(line.orderId(), lineNumber);
                if (first != null) {
                    throw new MalformedImportException(source, lineNumber, ORDER_ID, line.orderId().value(),
                            "repeats the Order ID of line " + first);
                }
                lines.add(new ImportedLine(lineNumber, line));
            }
            if (header == null) {
                throw new MalformedImportException(source, 1, "", "", "has no header row");
            }
        } catch (JsonParseException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new MalformedImportException(source, line, "", "", "is not valid CSV (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bill-details file '" + source + "'", e);
        }
        return new ImportedBillDetails(source, lines);
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

    private static Map<String, Integer> header(String source, List<String> cells) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            header.putIfAbsent(key(name), i);
        }
        for (String column : REQUIRED) {
            if (!header.containsKey(key(column))) {
                throw new MalformedImportException(source, 1, column, "", "the required column is missing from the header");
            }
        }
        return header;
    }

    private static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    /** Parses a cell, turning a domain or format error into a {@link MalformedImportException}. */
    @FunctionalInterface
    private interface CellParser<T> {
        T parse(String text);
    }

    private final class Row {
        private final String source;
        private final long lineNumber;
        private final Map<String, Integer> header;
        private final List<String> cells;

        Row(String source, long lineNumber, Map<String, Integer> header, List<String> cells) {
            this.source = source;
            this.lineNumber = lineNumber;
            this.header = header;
            this.cells = cells;
        }

        private String raw(String column) {
            Integer i = header.get(key(column));
            return i == null || i >= cells.size() ? "" : cells.get(i);
        }

        private String text(String column) {
            return Cells.unescape(raw(column));
        }

        private String required(String column) {
            String value = text(column);
            if (value.isBlank()) {
                throw error(column, value, "must not be empty");
            }
            return value;
        }

        private <T> T parse(String column, String value, CellParser<T> parser) {
            try {
                return parser.parse(value);
            } catch (PartnerBillingException | DateTimeParseException | IllegalArgumentException e) {
                throw error(column, value, String.valueOf(e.getMessage()));
            }
        }

        private MalformedImportException error(String column, String value, String reason) {
            return new MalformedImportException(source, lineNumber, column, value, reason);
        }

        private BigDecimal amount(String column) {
            String value = raw(column).strip();
            if (!AMOUNT.matcher(value).matches()) {
                throw error(column, value, "must be a plain decimal number");
            }
            BigDecimal amount = new BigDecimal(value);
            if (amount.scale() > 8) {
                throw error(column, value, "must have at most 8 decimal places");
            }
            return amount;
        }

        BillLine line() {
            BillLine.Builder b = BillLine.builder()
                    .customer(parse(CUSTOMER_ID, required(CUSTOMER_ID), CustomerId::of))
                    .cycle(parse(BILLING_CYCLE, required(BILLING_CYCLE), BillCycle::parse))
                    .partner(parse(PARTNER_ID, required(PARTNER_ID), PartnerId::of))
                    .billType(parse(BILL_TYPE, required(BILL_TYPE), BillType::fromLabel))
                    .billingMode(parse(BILLING_MODE, required(BILLING_MODE), BillingMode::fromLabel))
                    .productType(required(PRODUCT_TYPE))
                    .productTypeCode(text(PRODUCT_TYPE_CODE))
                    .productName(required(PRODUCT_NAME))
                    .product(parse(PRODUCT_ID, required(PRODUCT_ID), ProductId::of))
                    .application(text(APPLICATION))
                    .specifications(text(SPECIFICATIONS))
                    .resourceType(text(RESOURCE_TYPE))
                    .resourceTypeCode(text(RESOURCE_TYPE_CODE))
                    .region(text(REGION))
                    .regionCode(required(REGION_CODE))
                    .orderId(parse(ORDER_ID, required(ORDER_ID), OrderId::of))
                    .transactionTime(parse(TRANSACTION_TIME, required(TRANSACTION_TIME), this::instant))
                    .orderType(parse(ORDER_TYPE, required(ORDER_TYPE), OrderType::fromLabel))
                    .customerExpenditure(MoneyValues.money(amount(CUSTOMER_EXPENDITURE), currency))
                    .settlementType(settlementType())
                    .discount(parse(SETTLEMENT_DISCOUNT, text(SETTLEMENT_DISCOUNT).strip(), BillDetailsImporter::discount))
                    .settlementAmount(MoneyValues.money(amount(SETTLEMENT_AMOUNT), currency));
            String original = text(ORIGINAL_ORDER_ID);
            if (!original.isBlank()) {
                b.originalOrderId(parse(ORIGINAL_ORDER_ID, original, OrderId::of));
            }
            try {
                return b.build();
            } catch (PartnerBillingException e) {
                String message = String.valueOf(e.getMessage());
                String lower = message.toLowerCase(Locale.ROOT);
                String column = lower.contains("original order") ? ORIGINAL_ORDER_ID
                        : lower.contains("customer expenditure") ? CUSTOMER_EXPENDITURE
                        : lower.contains("settlement amount") ? SETTLEMENT_AMOUNT : ORDER_ID;
                throw error(column, column.equals(ORDER_ID) ? text(ORDER_ID) : raw(column), message);
            }
        }

        private SettlementType settlementType() {
            String value = text(SETTLEMENT_TYPE);
            return value.isBlank() ? SettlementType.NORMAL_PRODUCT : parse(SETTLEMENT_TYPE, value, Cells::settlementType);
        }

        private Instant instant(String text) {
            String s = text.strip();
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                // try the next form
            }
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                // try the next form
            }
            try {
                return LocalDateTime.parse(s).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                // try the next form
            }
            try {
                return LocalDateTime.parse(s, LOCAL).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("Transaction time must be ISO-8601 or 'yyyy-MM-dd HH:mm:ss'");
            }
        }
    }

    /** Parses "12.00% off" (percent off), "75%" (payable share) or "" (none). */
    static DiscountRate discount(String text) {
        if (text.isEmpty()) {
            return DiscountRate.NONE;
        }
        if (text.toLowerCase(Locale.ROOT).endsWith("off")) {
            return DiscountRate.parse(text);
        }
        java.util.regex.Matcher m = PAYABLE.matcher(text);
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
