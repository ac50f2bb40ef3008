package io.partnerbill.export.format;

import io.partnerbill.core.bill.BillDetailsColumn;
import java.util.Arrays;
import java.util.List;

/**
 * The operator's bill-details layout (its "Consumed Product Details"): the 27 column names, in order, that the
 * CSV and XLSX detail exports write and the importer reads, as constants. They are the headers of
 * {@link BillDetailsColumn}, the one description of a line's columns, which also says each column's
 * value, key and presence.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillDetailsLayout {

    /** Customer ID. */
    public static final String CUSTOMER_ID = BillDetailsColumn.CUSTOMER_ID.header();
    /** Billing Cycle, {@code YYYY-MM}. */
    public static final String BILLING_CYCLE = BillDetailsColumn.BILLING_CYCLE.header();
    /** Customer Name (from the {@link NameDirectory}). */
    public static final String CUSTOMER_NAME = BillDetailsColumn.CUSTOMER_NAME.header();
    /** Account Name (from the {@link NameDirectory}). */
    public static final String ACCOUNT_NAME = BillDetailsColumn.ACCOUNT_NAME.header();
    /** Partner ID. */
    public static final String PARTNER_ID = BillDetailsColumn.PARTNER_ID.header();
    /** Partner Name (from the {@link NameDirectory}). */
    public static final String PARTNER_NAME = BillDetailsColumn.PARTNER_NAME.header();
    /** Partner Account Name (from the {@link NameDirectory}). */
    public static final String PARTNER_ACCOUNT_NAME = BillDetailsColumn.PARTNER_ACCOUNT_NAME.header();
    /** Bill Type. */
    public static final String BILL_TYPE = BillDetailsColumn.BILL_TYPE.header();
    /** Billing Mode. */
    public static final String BILLING_MODE = BillDetailsColumn.BILLING_MODE.header();
    /** Product Type. */
    public static final String PRODUCT_TYPE = BillDetailsColumn.PRODUCT_TYPE.header();
    /** Product Type Code. */
    public static final String PRODUCT_TYPE_CODE = BillDetailsColumn.PRODUCT_TYPE_CODE.header();
    /** Product Name. */
    public static final String PRODUCT_NAME = BillDetailsColumn.PRODUCT_NAME.header();
    /** Product ID. */
    public static final String PRODUCT_ID = BillDetailsColumn.PRODUCT_ID.header();
    /** Application. */
    public static final String APPLICATION = BillDetailsColumn.APPLICATION.header();
    /** Specifications. */
    public static final String SPECIFICATIONS = BillDetailsColumn.SPECIFICATIONS.header();
    /** Resource Type. */
    public static final String RESOURCE_TYPE = BillDetailsColumn.RESOURCE_TYPE.header();
    /** Resource Type Code. */
    public static final String RESOURCE_TYPE_CODE = BillDetailsColumn.RESOURCE_TYPE_CODE.header();
    /** Region (display name). */
    public static final String REGION = BillDetailsColumn.REGION.header();
    /** Cloud Service Region Code. */
    public static final String REGION_CODE = BillDetailsColumn.REGION_CODE.header();
    /** Order ID. */
    public static final String ORDER_ID = BillDetailsColumn.ORDER_ID.header();
    /** Original Order ID. */
    public static final String ORIGINAL_ORDER_ID = BillDetailsColumn.ORIGINAL_ORDER_ID.header();
    /** Transaction Time, ISO-8601. */
    public static final String TRANSACTION_TIME = BillDetailsColumn.TRANSACTION_TIME.header();
    /** Order Type. */
    public static final String ORDER_TYPE = BillDetailsColumn.ORDER_TYPE.header();
    /** Customer Expenditure, a plain number with 8 decimals. */
    public static final String CUSTOMER_EXPENDITURE = BillDetailsColumn.CUSTOMER_EXPENDITURE.header();
    /** Settlement Type. */
    public static final String SETTLEMENT_TYPE = BillDetailsColumn.SETTLEMENT_TYPE.header();
    /** Partner Settlement Discount, {@code "12.00% off"} (the importer also reads {@code "75%"}). */
    public static final String SETTLEMENT_DISCOUNT = BillDetailsColumn.SETTLEMENT_DISCOUNT.header();
    /** Settlement Amount, a plain number with 8 decimals. */
    public static final String SETTLEMENT_AMOUNT = BillDetailsColumn.SETTLEMENT_AMOUNT.header();

    /** Every column, in the operator's order: the headers of {@link BillDetailsColumn}. */
    public static final List<String> COLUMNS = Arrays.stream(BillDetailsColumn.values()).map(BillDetailsColumn::header)
            .toList();

    private BillDetailsLayout() {
    }
}
