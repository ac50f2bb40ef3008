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

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
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
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
            BillDetailsLayout.COLUMNS.forEach(c -> columns.put(c, header.column(c)));
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
                .customerExpenditure(ExactMoney.monetary(amount(CUSTOMER_EXPENDITURE), currency))
                .settlementType(settlementType())
                .discount(parse(SETTLEMENT_DISCOUNT, text(SETTLEMENT_DISCOUNT).strip(), BillDetailsImporter::discount))
                .settlementAmount(ExactMoney.monetary(amount(SETTLEMENT_AMOUNT), currency));
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
