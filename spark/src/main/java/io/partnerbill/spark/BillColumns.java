package io.partnerbill.spark;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.bill.BillDetailsColumn;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Which columns of a Dataset hold the figures of a bill line. The standard names are those of
 * a bill line's JSON form ({@link BillDetailsColumn#key()}) plus {@code currency}:
 *
 * <table>
 * <caption>The columns {@link BillAggregator} reads</caption>
 * <tr><th>Column</th><th>Type</th><th>Holds</th></tr>
 * <tr><td>partner</td><td>string</td><td>Partner ID</td></tr>
 * <tr><td>cycle</td><td>string</td><td>Billing Cycle, {@code yyyy-MM}</td></tr>
 * <tr><td>currency</td><td>string</td><td>ISO 4217 code of the amounts</td></tr>
 * <tr><td>customer</td><td>string</td><td>Customer ID</td></tr>
 * <tr><td>product</td><td>string</td><td>Product ID</td></tr>
 * <tr><td>productName</td><td>string</td><td>Product Name</td></tr>
 * <tr><td>productType</td><td>string</td><td>Product Type</td></tr>
 * <tr><td>regionCode</td><td>string</td><td>Cloud Service Region Code</td></tr>
 * <tr><td>billType</td><td>string</td><td>Expenditure, Refund or Adjustment (the label or the constant)</td></tr>
 * <tr><td>customerExpenditure</td><td>decimal(38,8)</td><td>the list amount</td></tr>
 * <tr><td>settlementAmount</td><td>decimal(38,8)</td><td>the settlement amount</td></tr>
 * </table>
 *
 * <p>A Dataset with other names maps them with {@link #with}; other types are cast (a string
 * amount with more than 8 decimals does not fit {@code decimal(38,8)} and fails the job).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillColumns implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The aggregator's input columns, in the order it reads them. */
    static final List<String> NAMES = List.of(BillDetailsColumn.PARTNER_ID.key(), BillDetailsColumn.BILLING_CYCLE.key(),
            "currency", BillDetailsColumn.CUSTOMER_ID.key(), BillDetailsColumn.PRODUCT_ID.key(),
            BillDetailsColumn.PRODUCT_NAME.key(), BillDetailsColumn.PRODUCT_TYPE.key(),
            BillDetailsColumn.REGION_CODE.key(), BillDetailsColumn.BILL_TYPE.key(),
            BillDetailsColumn.CUSTOMER_EXPENDITURE.key(), BillDetailsColumn.SETTLEMENT_AMOUNT.key());
    /** The amounts' type: scale 8, as bill lines hold them. */
    static final DataType AMOUNT = DataTypes.createDecimalType(38, 8);
    /** The schema of the aggregator's input rows. */
    static final StructType SCHEMA = schema();
    /** An amount below 10^10, which Spark carries as a long where {@link #AMOUNT} takes a {@code BigInteger}. */
    static final DataType SMALL_AMOUNT = DataTypes.createDecimalType(18, 8);
    static final BigDecimal SMALL_LIMIT = new BigDecimal("9999999999.99999999");
    /**
     * The schema of {@link #splitColumns()}: {@link #SCHEMA} with each amount as {@link #SMALL_AMOUNT}
     * (null when it does not fit), then the two amounts that do not fit (null when they do).
     */
    static final StructType SPLIT_SCHEMA = splitSchema();
    /** {@link #SPLIT_SCHEMA} without partner, cycle and currency: what varies from line to line of a bill. */
    static final StructType LINE_SCHEMA = DataTypes.createStructType(
            Arrays.copyOfRange(SPLIT_SCHEMA.fields(), 3, SPLIT_SCHEMA.fields().length));

    private static final BillColumns STANDARD = new BillColumns(standardMapping());

    private final Map<String, String> mapping;

    private BillColumns(Map<String, String> mapping) {
        this.mapping = mapping;
    }

    private static StructType schema() {
        StructField[] fields = new StructField[NAMES.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = DataTypes.createStructField(NAMES.get(i), i >= 9 ? AMOUNT : DataTypes.StringType, true);
        }
        return DataTypes.createStructType(fields);
    }

    private static StructType splitSchema() {
        StructField[] fields = Arrays.copyOf(SCHEMA.fields(), NAMES.size() + 2);
        for (int i = 9; i < 11; i++) {
            fields[i] = DataTypes.createStructField(NAMES.get(i), SMALL_AMOUNT, true);
            fields[i + 2] = DataTypes.createStructField(NAMES.get(i) + "Huge", AMOUNT, true);
        }
        return DataTypes.createStructType(fields);
    }

    private static Map<String, String> standardMapping() {
        Map<String, String> mapping = new LinkedHashMap<>();
        NAMES.forEach(name -> mapping.put(name, name));
        return mapping;
    }

    /**
     * Returns the standard columns: each read from the Dataset column of its own name.
     *
     * @return the columns, not null
     */
    public static BillColumns standard() {
        return STANDARD;
    }

    /**
     * Returns a copy that reads one of the standard columns from another Dataset column.
     *
     * @param column a standard column name, such as {@code "customer"}, not null
     * @param datasetColumn the Dataset's column holding it, not blank
     * @return the new columns, not null
     * @throws InvalidValueException if {@code column} is not a standard name or {@code datasetColumn} is blank
     */
    public BillColumns with(String column, String datasetColumn) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(datasetColumn, "datasetColumn");
        if (!mapping.containsKey(column)) {
            throw new InvalidValueException("Bill column must be one of " + NAMES + ", was '" + column + "'");
        }
        if (datasetColumn.isBlank()) {
            throw new InvalidValueException("Dataset column of '" + column + "' must not be blank, was '"
                    + datasetColumn + "'");
        }
        Map<String, String> copy = new LinkedHashMap<>(mapping);
        copy.put(column, datasetColumn);
        return new BillColumns(copy);
    }

    /**
     * Returns the Dataset columns to select, in the aggregator's order, cast to its types and
     * named by the standard names.
     *
     * @return the columns, not null
     */
    public Column[] columns() {
        Column[] columns = new Column[NAMES.size()];
        for (int i = 0; i < columns.length; i++) {
            String name = NAMES.get(i);
            columns[i] = functions.col(mapping.get(name)).cast(SCHEMA.fields()[i].dataType()).as(name);
        }
        return columns;
    }

    /**
     * The Dataset's own columns of the eleven, in the aggregator's order, neither cast nor renamed:
     * what a columnar scan can hand over as it reads them.
     */
    Column[] plainColumns() {
        Column[] columns = new Column[NAMES.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = functions.col(mapping.get(NAMES.get(i)));
        }
        return columns;
    }

    /** The columns of {@link #SPLIT_SCHEMA}: the amounts split by size, so that most travel as longs. */
    Column[] splitColumns() {
        Column[] columns = Arrays.copyOf(columns(), NAMES.size() + 2);
        for (int i = 9; i < 11; i++) {
            String name = NAMES.get(i);
            Column amount = functions.col(mapping.get(name)).cast(AMOUNT);
            Column fits = amount.between(SMALL_LIMIT.negate(), SMALL_LIMIT);
            // A null amount fits neither: both columns are null, and the buffer names the column.
            columns[i] = functions.when(fits, amount.cast(SMALL_AMOUNT)).as(name);
            columns[i + 2] = functions.when(functions.not(fits), amount).as(name + "Huge");
        }
        return columns;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj == this || obj instanceof BillColumns other && other.mapping.equals(mapping);
    }

    @Override
    public int hashCode() {
        return mapping.hashCode();
    }

    @Override
    public String toString() {
        return "BillColumns" + mapping;
    }
}
