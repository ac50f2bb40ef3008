package io.partnerbill.export.importing;

import static io.partnerbill.export.format.BillDetailsLayout.CUSTOMER_EXPENDITURE;
import static io.partnerbill.export.format.BillDetailsLayout.ORDER_ID;
import static io.partnerbill.export.format.BillDetailsLayout.ORIGINAL_ORDER_ID;
import static io.partnerbill.export.format.BillDetailsLayout.SETTLEMENT_AMOUNT;
import static io.partnerbill.export.format.BillDetailsLayout.SETTLEMENT_DISCOUNT;
import static io.partnerbill.export.format.BillDetailsLayout.SETTLEMENT_TYPE;
import static io.partnerbill.export.format.BillDetailsLayout.TRANSACTION_TIME;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.core.bill.BillDetailsColumn;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.discount.SettlementType;
import io.partnerbill.export.format.BillDetailsLayout;
import io.partnerbill.export.internal.Cells;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;

/**
 * Turns one row's cells into a {@link BillLine}, or a {@link MalformedImportException} naming
 * the line, column and value. One per file, reused row after row; not thread-safe.
 */
final class DetailsRow {

    /** The columns a row sets on a line: the description's columns that are part of a line. */
    private static final List<BillDetailsColumn> LINE_COLUMNS = Arrays.stream(BillDetailsColumn.values())
            .filter(BillDetailsColumn::isOnLine).toList();

    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]", Locale.ROOT);

    /** Parses a cell, turning a domain or format error into a {@link MalformedImportException}. */
    @FunctionalInterface
    private interface CellParser<T> {
        T parse(String text);
    }

    private final String source;
    private final CurrencyUnit currency;
    private final ZoneId zone;
    private DetailsParser.Header header;
    /** Cell index of each layout column in {@link #header}, looked up once per file rather than per cell. */
    private final Map<String, Integer> columns = new HashMap<>();
    private long lineNumber;
    private List<String> cells = List.of();

    DetailsRow(String source, CurrencyUnit currency, ZoneId zone) {
        this.source = source;
        this.currency = currency;
        this.zone = zone;
        this.header = new DetailsParser.Header(List.of(), Map.of());
    }

    /** Parses a row. */
    BillLine line(DetailsParser.Header header, long lineNumber, List<String> cells) {
        if (this.header != header) {
            this.header = header;
            columns.clear();
            for (String column : BillDetailsLayout.COLUMNS) {
                columns.put(column, header.column(column));
            }
        }
        this.lineNumber = lineNumber;
        this.cells = cells;
        return line();
    }

    /** The cycle a transaction instant falls in, in the billing zone (Asia/Shanghai). */
    static BillCycle cycleOf(Instant time) {
        return BillCycle.of(YearMonth.from(time.atZone(BillingCalendar.BEIJING)));
    }

    /** Refuses a line whose Billing Cycle is not the cycle of its Transaction Time. */
    void requireCycleOfTime(BillLine line) {
        BillCycle ofTime = cycleOf(line.transactionTime());
        if (!ofTime.equals(line.cycle())) {
            throw error(TRANSACTION_TIME, raw(TRANSACTION_TIME), "lies in cycle " + ofTime + " in "
                    + BillingCalendar.BEIJING + ", not in the row's Billing Cycle " + line.cycle());
        }
    }

    private String raw(String column) {
        Integer index = columns.get(column);
        int i = index == null ? header.column(column) : index;
        return i < 0 || i >= cells.size() ? "" : cells.get(i);
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

    private BillLine line() {
        BillLine.Builder b = BillLine.builder();
        // In the description's order, so the first bad cell of a row is the one reported; the
        // Original Order ID last, where it was always read.
        for (BillDetailsColumn column : LINE_COLUMNS) {
            String name = column.header();
            switch (column) {
                case TRANSACTION_TIME -> b.transactionTime(parse(name, required(name), this::instant));
                case CUSTOMER_EXPENDITURE -> b.customerExpenditure(ExactMoney.monetary(amount(name), currency));
                case SETTLEMENT_AMOUNT -> b.settlementAmount(ExactMoney.monetary(amount(name), currency));
                case SETTLEMENT_TYPE -> b.settlementType(settlementType());
                case SETTLEMENT_DISCOUNT -> b.discount(parse(name, text(name).strip(), BillDetailsImporter::discount));
                case ORIGINAL_ORDER_ID -> {
                    // read after the loop
                }
                default -> {
                    if (column.presence() == BillDetailsColumn.Presence.REQUIRED) {
                        set(b, column, required(name));
                    } else {
                        set(b, column, text(name));
                    }
                }
            }
        }
        String original = text(ORIGINAL_ORDER_ID);
        if (!original.isBlank()) {
            set(b, BillDetailsColumn.ORIGINAL_ORDER_ID, original);
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

    /** Sets a column from its cell, turning a domain or format error into a {@link MalformedImportException}. */
    private void set(BillLine.Builder b, BillDetailsColumn column, String value) {
        try {
            column.parse(b, value, currency);
        } catch (PartnerBillingException | DateTimeParseException | IllegalArgumentException e) {
            throw error(column.header(), value, String.valueOf(e.getMessage()));
        }
    }

    private SettlementType settlementType() {
        String value = text(SETTLEMENT_TYPE);
        return value.isBlank() ? SettlementType.NORMAL_PRODUCT : parse(SETTLEMENT_TYPE, value, BillDetailsColumn::settlementType);
    }

    private Instant instant(String text) {
        String s = text.strip();
        // The likely form first, by its shape: a failed parse throws, and three throws a row cost more than the row.
        if (s.length() == 19 && s.charAt(10) == ' ') {
            try {
                return LocalDateTime.parse(s, LOCAL).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                // try the other forms
            }
        }
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
