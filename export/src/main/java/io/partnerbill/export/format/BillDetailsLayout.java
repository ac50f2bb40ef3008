package io.partnerbill.export.format;

import java.util.List;

/**
 * The operator's bill-details layout (its "Consumed Product Details"): the 27 column names, in order, that the
 * CSV and XLSX detail exports write and the importer reads.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillDetailsLayout {

    /** Customer ID. */
    public static final String CUSTOMER_ID = "Customer ID";
    /** Billing Cycle, {@code YYYY-MM}. */
    public static final String BILLING_CYCLE = "Billing Cycle";
    /** Customer Name (from the {@link NameDirectory}). */
    public static final String CUSTOMER_NAME = "Customer Name";
    /** Account Name (from the {@link NameDirectory}). */
    public static final String ACCOUNT_NAME = "Account Name";
    /** Partner ID. */
    public static final String PARTNER_ID = "Partner ID";
    /** Partner Name (from the {@link NameDirectory}). */
    public static final String PARTNER_NAME = "Partner Name";
    /** Partner Account Name (from the {@link NameDirectory}). */
    public static final String PARTNER_ACCOUNT_NAME = "Partner Account Name";
    /** Bill Type. */
    public static final String BILL_TYPE = "Bill Type";
    /** Billing Mode. */
    public static final String BILLING_MODE = "Billing Mode";
    /** Product Type. */
    public static final String PRODUCT_TYPE = "Product Type";
    /** Product Type Code. */
    public static final String PRODUCT_TYPE_CODE = "Product Type Code";
    /** Product Name. */
    public static final String PRODUCT_NAME = "Product Name";
    /** Product ID. */
    public static final String PRODUCT_ID = "Product ID";
    /** Application. */
    public static final String APPLICATION = "Application";
    /** Specifications. */
    public static final String SPECIFICATIONS = "Specifications";
    /** Resource Type. */
    public static final String RESOURCE_TYPE = "Resource Type";
    /** Resource Type Code. */
    public static final String RESOURCE_TYPE_CODE = "Resource Type Code";
    /** Region (display name). */
    public static final String REGION = "Region";
    /** Cloud Service Region Code. */
    public static final String REGION_CODE = "Cloud Service Region Code";
    /** Order ID. */
    public static final String ORDER_ID = "Order ID";
    /** Original Order ID. */
    public static final String ORIGINAL_ORDER_ID = "Original Order ID";
    /** Transaction Time, ISO-8601. */
    public static final String TRANSACTION_TIME = "Transaction Time";
    /** Order Type. */
    public static final String ORDER_TYPE = "Order Type";
    /** Customer Expenditure, a plain number with 8 decimals. */
    public static final String CUSTOMER_EXPENDITURE = "Customer Expenditure";
    /** Settlement Type. */
    public static final String SETTLEMENT_TYPE = "Settlement Type";
    /** Partner Settlement Discount, {@code "12.00% off"} (the importer also reads {@code "75%"}). */
    public static final String SETTLEMENT_DISCOUNT = "Partner Settlement Discount";
    /** Settlement Amount, a plain number with 8 decimals. */
    public static final String SETTLEMENT_AMOUNT = "Settlement Amount";

    /** Every column, in the operator's order. */
    public static final List<String> COLUMNS = List.of(CUSTOMER_ID, BILLING_CYCLE, CUSTOMER_NAME, ACCOUNT_NAME,
            PARTNER_ID, PARTNER_NAME, PARTNER_ACCOUNT_NAME, BILL_TYPE, BILLING_MODE, PRODUCT_TYPE, PRODUCT_TYPE_CODE,
            PRODUCT_NAME, PRODUCT_ID, APPLICATION, SPECIFICATIONS, RESOURCE_TYPE, RESOURCE_TYPE_CODE, REGION,
            REGION_CODE, ORDER_ID, ORIGINAL_ORDER_ID, TRANSACTION_TIME, ORDER_TYPE, CUSTOMER_EXPENDITURE,
            SETTLEMENT_TYPE, SETTLEMENT_DISCOUNT, SETTLEMENT_AMOUNT);

    /** Index of Customer Expenditure in {@link #COLUMNS}. */
    static final int EXPENDITURE_INDEX = COLUMNS.indexOf(CUSTOMER_EXPENDITURE);
    /** Index of Settlement Amount in {@link #COLUMNS}. */
    static final int SETTLEMENT_INDEX = COLUMNS.indexOf(SETTLEMENT_AMOUNT);

    private BillDetailsLayout() {
    }
}
