package io.partnerbill.core.bill;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateOrderException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.discount.SettlementType;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * The columns of a bill line, described once: the operator's bill-details layout ("Consumed
 * Product Details"), in its order. Each column has a stable {@link #key()} (the field name of
 * the JSON form), the operator's {@link #header()}, the {@link #kind()} of its value, whether a
 * file must have it ({@link #presence()}), how to read it from a {@link BillLine}
 * ({@link #value}, {@link #text}) and how to set it on a {@link BillLine.Builder}
 * ({@link #parse}).
 *
 * <p>Every format and store of bill lines (CSV, JSON, XLSX, HTML, the importer, the JDBC line
 * store) takes its columns from here, so a new column is added here once; a format that writes
 * a column faster by hand still takes the list and the order from this description.
 *
 * <p>The four {@link Kind#NAME} columns (Customer Name, Account Name, Partner Name, Partner
 * Account Name) are not part of a line: exports take them from a directory of display names.
 */
public enum BillDetailsColumn {

    /** Customer ID. */
    CUSTOMER_ID("customer", "Customer ID", Kind.IDENTIFIER, Presence.REQUIRED),
    /** Billing Cycle, {@code YYYY-MM}. */
    BILLING_CYCLE("cycle", "Billing Cycle", Kind.CYCLE, Presence.REQUIRED),
    /** Customer Name, from a directory of names. */
    CUSTOMER_NAME("customerName", "Customer Name", Kind.NAME, Presence.OPTIONAL),
    /** Account Name, from a directory of names. */
    ACCOUNT_NAME("accountName", "Account Name", Kind.NAME, Presence.OPTIONAL),
    /** Partner ID. */
    PARTNER_ID("partner", "Partner ID", Kind.IDENTIFIER, Presence.REQUIRED),
    /** Partner Name, from a directory of names. */
    PARTNER_NAME("partnerName", "Partner Name", Kind.NAME, Presence.OPTIONAL),
    /** Partner Account Name, from a directory of names. */
    PARTNER_ACCOUNT_NAME("partnerAccountName", "Partner Account Name", Kind.NAME, Presence.OPTIONAL),
    /** Bill Type: Expenditure, Refund, Adjustment. */
    BILL_TYPE("billType", "Bill Type", Kind.LABEL, Presence.REQUIRED),
    /** Billing Mode. */
    BILLING_MODE("billingMode", "Billing Mode", Kind.LABEL, Presence.REQUIRED),
    /** Product Type. */
    PRODUCT_TYPE("productType", "Product Type", Kind.TEXT, Presence.REQUIRED),
    /** Product Type Code. */
    PRODUCT_TYPE_CODE("productTypeCode", "Product Type Code", Kind.TEXT, Presence.OPTIONAL),
    /** Product Name. */
    PRODUCT_NAME("productName", "Product Name", Kind.TEXT, Presence.REQUIRED),
    /** Product ID. */
    PRODUCT_ID("product", "Product ID", Kind.IDENTIFIER, Presence.REQUIRED),
    /** Application. */
    APPLICATION("application", "Application", Kind.TEXT, Presence.OPTIONAL),
    /** Specifications. */
    SPECIFICATIONS("specifications", "Specifications", Kind.TEXT, Presence.OPTIONAL),
    /** Resource Type. */
    RESOURCE_TYPE("resourceType", "Resource Type", Kind.TEXT, Presence.OPTIONAL),
    /** Resource Type Code. */
    RESOURCE_TYPE_CODE("resourceTypeCode", "Resource Type Code", Kind.TEXT, Presence.OPTIONAL),
    /** Region, its display name. */
    REGION("region", "Region", Kind.TEXT, Presence.OPTIONAL),
    /** Cloud Service Region Code. */
    REGION_CODE("regionCode", "Cloud Service Region Code", Kind.TEXT, Presence.REQUIRED),
    /** Order ID, unique per line. */
    ORDER_ID("orderId", "Order ID", Kind.IDENTIFIER, Presence.REQUIRED),
    /** Original Order ID, the order a refund gives money back for; empty when there is none. */
    ORIGINAL_ORDER_ID("originalOrderId", "Original Order ID", Kind.IDENTIFIER, Presence.OPTIONAL),
    /** Transaction Time, an ISO-8601 instant. */
    TRANSACTION_TIME("transactionTime", "Transaction Time", Kind.INSTANT, Presence.REQUIRED),
    /** Order Type. */
    ORDER_TYPE("orderType", "Order Type", Kind.LABEL, Presence.REQUIRED),
    /** Customer Expenditure, the list amount, a plain number with 8 decimals. */
    CUSTOMER_EXPENDITURE("customerExpenditure", "Customer Expenditure", Kind.AMOUNT, Presence.REQUIRED),
    /** Settlement Type: Normal product unless a file says otherwise. */
    SETTLEMENT_TYPE("settlementType", "Settlement Type", Kind.LABEL, Presence.DEFAULTED),
    /** Partner Settlement Discount, percent off ({@code 12.00% off}): none unless a file says otherwise. */
    SETTLEMENT_DISCOUNT("discount", "Partner Settlement Discount", Kind.DISCOUNT, Presence.DEFAULTED),
    /** Settlement Amount, a plain number with 8 decimals. */
    SETTLEMENT_AMOUNT("settlementAmount", "Settlement Amount", Kind.AMOUNT, Presence.REQUIRED);

    /** What a column's value is. */
    public enum Kind {
        /** Free text, as it is. */
        TEXT,
        /** An identifier: its canonical string. */
        IDENTIFIER,
        /** A bill cycle, {@code YYYY-MM}. */
        CYCLE,
        /** An enum constant, written as the operator's label and read from the label or the constant's name. */
        LABEL,
        /** An instant, ISO-8601 in UTC. */
        INSTANT,
        /** An amount in the line's currency: a plain decimal number, 8 decimals on a line. */
        AMOUNT,
        /** A discount rate, percent off ({@code 12.00% off}). */
        DISCOUNT,
        /** A display name that is not part of a line. */
        NAME
    }

    /** Whether a bill-details file must have a column, and what a line holds where it has none. */
    public enum Presence {
        /** Every file has the column and no line leaves it empty. */
        REQUIRED,
        /** A file may lack the column or leave it empty; the line then takes its default. */
        DEFAULTED,
        /** The value may be empty. */
        OPTIONAL
    }

    private final String key;
    private final String header;
    private final Kind kind;
    private final Presence presence;

    BillDetailsColumn(String key, String header, Kind kind, Presence presence) {
        this.key = key;
        this.header = header;
        this.kind = kind;
        this.presence = presence;
    }

    /**
     * Returns the stable name of the column, the field name of a line's JSON form, such as
     * {@code "customerExpenditure"}.
     *
     * @return the key, not null
     */
    public String key() {
        return key;
    }

    /**
     * Returns the header of the column in the operator's layout, such as {@code "Customer Expenditure"}.
     *
     * @return the header, not null
     */
    public String header() {
        return header;
    }

    /** @return what the column's value is, not null */
    public Kind kind() {
        return kind;
    }

    /** @return whether a file must have the column, not null */
    public Presence presence() {
        return presence;
    }

    /** @return whether the column is part of a {@link BillLine}: false for the four name columns */
    public boolean isOnLine() {
        return kind != Kind.NAME;
    }

    /**
     * Returns the line's value of this column, as the {@link BillLine} accessor of the column
     * returns it: the identifier, cycle, enum constant, text, instant, {@code MonetaryAmount} or
     * {@link DiscountRate}; for {@link #ORIGINAL_ORDER_ID} an {@code Optional<OrderId>}.
     *
     * @param line the line, not null
     * @return the value, not null
     * @throws UnsupportedOperationException for a name column, which is not part of a line
     */
    public Object value(BillLine line) {
        Objects.requireNonNull(line, "line");
        switch (this) {
            case CUSTOMER_ID:
                return line.customer();
            case BILLING_CYCLE:
                return line.cycle();
            case PARTNER_ID:
                return line.partner();
            case BILL_TYPE:
                return line.billType();
            case BILLING_MODE:
                return line.billingMode();
            case PRODUCT_TYPE:
                return line.productType();
            case PRODUCT_TYPE_CODE:
                return line.productTypeCode();
            case PRODUCT_NAME:
                return line.productName();
            case PRODUCT_ID:
                return line.product();
            case APPLICATION:
                return line.application();
            case SPECIFICATIONS:
                return line.specifications();
            case RESOURCE_TYPE:
                return line.resourceType();
            case RESOURCE_TYPE_CODE:
                return line.resourceTypeCode();
            case REGION:
                return line.region();
            case REGION_CODE:
                return line.regionCode();
            case ORDER_ID:
                return line.orderId();
            case ORIGINAL_ORDER_ID:
                return line.originalOrderId();
            case TRANSACTION_TIME:
                return line.transactionTime();
            case ORDER_TYPE:
                return line.orderType();
            case CUSTOMER_EXPENDITURE:
                return line.customerExpenditure();
            case SETTLEMENT_TYPE:
                return line.settlementType();
            case SETTLEMENT_DISCOUNT:
                return line.discount();
            case SETTLEMENT_AMOUNT:
                return line.settlementAmount();
            default:
                throw notOnLine();
        }
    }

    /**
     * Returns the line's value of this column as the operator's file shows it: identifiers,
     * the cycle and the discount as their canonical strings, enum constants as their labels
     * ({@code Expenditure}, {@code Normal product}), the instant as {@code Instant.toString()},
     * amounts as plain numbers with the line's 8 decimals ({@code -5.00000000}), an absent
     * original order as the empty string. Text is not escaped against formula injection.
     *
     * @param line the line, not null
     * @return the text, not null
     * @throws UnsupportedOperationException for a name column, which is not part of a line
     */
    public String text(BillLine line) {
        Objects.requireNonNull(line, "line");
        switch (this) {
            case BILL_TYPE:
                return line.billType().label();
            case BILLING_MODE:
                return line.billingMode().label();
            case ORDER_TYPE:
                return line.orderType().label();
            case SETTLEMENT_TYPE:
                return label(line.settlementType());
            case ORIGINAL_ORDER_ID:
                return line.originalOrderId().map(OrderId::value).orElse("");
            case CUSTOMER_EXPENDITURE:
                return line.expenditureDecimal().toPlainString();
            case SETTLEMENT_AMOUNT:
                return line.settlementDecimal().toPlainString();
            default:
                return value(line).toString();
        }
    }

    /**
     * Sets this column on a builder from its text, as {@link #text} writes it; labels are also
     * read from the constant's name, ignoring case. An empty text sets an empty optional text
     * column; the caller decides whether an empty Original Order ID means none.
     *
     * @param builder the builder, not null
     * @param text the text, not null
     * @param currency the currency of an amount column, not null
     * @return the builder
     * @throws io.partnerbill.core.PartnerBillingException naming the value if the text is not a
     *     value of the column (an unknown label, a blank identifier, a malformed cycle or rate)
     * @throws IllegalArgumentException if an amount or an instant is malformed
     * @throws UnsupportedOperationException for a name column, which is not part of a line
     */
    public BillLine.Builder parse(BillLine.Builder builder, String text, CurrencyUnit currency) {
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(currency, "currency");
        switch (this) {
            case CUSTOMER_ID:
                return builder.customer(CustomerId.of(text));
            case BILLING_CYCLE:
                return builder.cycle(BillCycle.parse(text));
            case PARTNER_ID:
                return builder.partner(PartnerId.of(text));
            case BILL_TYPE:
                return builder.billType(BillType.fromLabel(text));
            case BILLING_MODE:
                return builder.billingMode(BillingMode.fromLabel(text));
            case PRODUCT_TYPE:
                return builder.productType(text);
            case PRODUCT_TYPE_CODE:
                return builder.productTypeCode(text);
            case PRODUCT_NAME:
                return builder.productName(text);
            case PRODUCT_ID:
                return builder.product(ProductId.of(text));
            case APPLICATION:
                return builder.application(text);
            case SPECIFICATIONS:
                return builder.specifications(text);
            case RESOURCE_TYPE:
                return builder.resourceType(text);
            case RESOURCE_TYPE_CODE:
                return builder.resourceTypeCode(text);
            case REGION:
                return builder.region(text);
            case REGION_CODE:
                return builder.regionCode(text);
            case ORDER_ID:
                return builder.orderId(OrderId.of(text));
            case ORIGINAL_ORDER_ID:
                return builder.originalOrderId(OrderId.of(text));
            case TRANSACTION_TIME:
                return builder.transactionTime(Instant.parse(text));
            case ORDER_TYPE:
                return builder.orderType(OrderType.fromLabel(text));
            case CUSTOMER_EXPENDITURE:
                return builder.customerExpenditure(ExactMoney.monetary(new BigDecimal(text), currency));
            case SETTLEMENT_TYPE:
                return builder.settlementType(settlementType(text));
            case SETTLEMENT_DISCOUNT:
                return builder.discount(DiscountRate.parse(text));
            case SETTLEMENT_AMOUNT:
                return builder.settlementAmount(ExactMoney.monetary(new BigDecimal(text), currency));
            default:
                throw notOnLine();
        }
    }

    /**
     * Returns the columns in which two lines differ, with each line's {@link #text}: what a
     * refusal of a different line under a taken order id names instead of both whole lines.
     *
     * @param stored the line held, not null
     * @param offered the line offered, not null
     * @return the differences in column order, empty if every column reads the same, not null
     */
    public static List<DuplicateOrderException.Difference> differences(BillLine stored, BillLine offered) {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(offered, "offered");
        List<DuplicateOrderException.Difference> found = new ArrayList<>();
        for (BillDetailsColumn column : values()) {
            if (column.isOnLine()) {
                String was = column.text(stored);
                String now = column.text(offered);
                if (!was.equals(now)) {
                    found.add(new DuplicateOrderException.Difference(column.key, was, now));
                }
            }
        }
        if (found.isEmpty() && !stored.currency().equals(offered.currency())) {
            // The amount columns show numbers only; the currency is the line's.
            found.add(new DuplicateOrderException.Difference("currency", stored.currency().getCurrencyCode(),
                    offered.currency().getCurrencyCode()));
        }
        return found;
    }

    private UnsupportedOperationException notOnLine() {
        return new UnsupportedOperationException("Column '" + header + "' is not part of a bill line: "
                + "its value comes from a directory of names");
    }

    /**
     * Returns the operator's label of a settlement type, as the Settlement Type column shows it.
     *
     * @param type the type, not null
     * @return the label, such as "Normal product", not null
     */
    public static String label(SettlementType type) {
        switch (Objects.requireNonNull(type, "type")) {
            case NORMAL_PRODUCT:
                return "Normal product";
            case PROMOTIONAL_PRODUCT:
                return "Promotional product";
            case NO_DISCOUNT:
                return "No discount";
            case SPECIAL_PRICE_REQUEST:
                return "Special-price request";
            default:
                throw new IllegalArgumentException(type.name());
        }
    }

    /**
     * Returns the settlement type of an operator label or of a constant's name, ignoring case
     * and surrounding blanks.
     *
     * @param text the label, not null
     * @return the type, not null
     * @throws InvalidValueException if no type has that label
     */
    public static SettlementType settlementType(String text) {
        String wanted = Objects.requireNonNull(text, "text").strip();
        for (SettlementType t : SettlementType.values()) {
            if (label(t).equalsIgnoreCase(wanted) || t.name().equalsIgnoreCase(wanted)) {
                return t;
            }
        }
        throw new InvalidValueException("Unknown settlement type '" + text + "'");
    }
}
