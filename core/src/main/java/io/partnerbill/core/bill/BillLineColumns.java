package io.partnerbill.core.bill;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.CycleMismatchException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.money.LineUnits;
import io.partnerbill.core.internal.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * The figures a bill sums of many lines of one partner, cycle and currency, held as columns:
 * per line its customer, product, region, bill type and both amounts, with customers,
 * products and regions numbered once per batch. {@link BillAccumulator#addAll(BillLineColumns)}
 * sums such a batch in a tight loop over primitive arrays, several times faster than adding
 * the same lines one {@link BillLine} object at a time; use it where lines arrive in bulk
 * (an importer, a database cursor, a generator) and only the bill is wanted.
 *
 * <p>A batch keeps nothing that a bill does not use: no order ids, instants or discounts, so
 * the checks that need them (one line per order id, a refund names its order, the instant
 * lies in the cycle) are the source's; the sign rules and the 8-decimal limit are checked
 * here as {@link BillLine} checks them. Amounts past a {@code long} of 10^-8 units are kept
 * exactly. For a product that is renamed within the cycle the smallest name of its
 * expenditure rows is kept, as the accumulator keeps it.
 *
 * <p>{@link #clear()} empties a batch for reuse, so a stream of lines can be summed through one
 * batch in bounded memory. This class is mutable and not thread-safe.
 */
public final class BillLineColumns {

    private static final int INITIAL_CAPACITY = 1024;

    private final PartnerId partner;
    private final BillCycle cycle;
    private final CurrencyUnit currency;
    int size;
    long[] expenditure = new long[INITIAL_CAPACITY];
    long[] settlement = new long[INITIAL_CAPACITY];
    byte[] type = new byte[INITIAL_CAPACITY];
    int[] customer = new int[INITIAL_CAPACITY];
    int[] product = new int[INITIAL_CAPACITY];
    int[] region = new int[INITIAL_CAPACITY];
    /** Amounts that do not fit a long of units, by row (their units are 0); null while there are none. */
    @Nullable BigDecimal @Nullable [] hugeExpenditure;
    @Nullable BigDecimal @Nullable [] hugeSettlement;
    /** The largest magnitude of any amount's units, so a sum of {@code size} amounts is known not to overflow. */
    long largestUnits;
    final List<CustomerId> customers = new ArrayList<>();
    private final Map<CustomerId, Integer> customerNumbers = new HashMap<>();
    final List<ProductId> products = new ArrayList<>();
    private final Map<ProductId, Integer> productNumbers = new HashMap<>();
    /** By product number: the smallest name and type of its expenditure rows, null until it has one. */
    @Nullable String[] productNames = new String[16];
    @Nullable String[] productTypes = new String[16];
    final List<String> regionCodes = new ArrayList<>();
    private final Map<String, Integer> regionNumbers = new HashMap<>();

    private BillLineColumns(PartnerId partner, BillCycle cycle, CurrencyUnit currency) {
        this.partner = partner;
        this.cycle = cycle;
        this.currency = currency;
    }

    /**
     * Creates an empty batch for a partner's cycle in a currency.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param currency the currency of every amount, not null
     * @return the batch, not null
     */
    public static BillLineColumns create(PartnerId partner, BillCycle cycle, CurrencyUnit currency) {
        return new BillLineColumns(Objects.requireNonNull(partner, "partner"), Objects.requireNonNull(cycle, "cycle"),
                Objects.requireNonNull(currency, "currency"));
    }

    /**
     * Adds a line's figures.
     *
     * @param line the line, of this batch's partner, cycle and currency, not null
     * @return this batch
     * @throws CycleMismatchException if the line is of another partner or cycle
     * @throws io.partnerbill.core.CurrencyMismatchException if the line is in another currency
     */
    public BillLineColumns add(BillLine line) {
        BillAccumulator.requireLineOf(line, partner, cycle, currency, "the columns");
        append(line.customer(), line.product(), line.productName(), line.productType(), line.regionCode(),
                line.billType(), line.expenditureUnits, line.expenditureHuge, line.settlementUnits, line.settlementHuge);
        return this;
    }

    /**
     * Adds a line's figures given as decimals in this batch's currency.
     *
     * @param customer the customer, not null
     * @param product the product, not null
     * @param productName the product's name, not blank
     * @param productType the product's type, not blank
     * @param regionCode the region code, not blank
     * @param billType the bill type, not null
     * @param customerExpenditure the list amount, at most 8 decimals, signed as the bill type requires
     * @param settlementAmount the settlement amount, at most 8 decimals, signed as the bill type requires
     * @return this batch
     * @throws InvalidValueException naming the value if a text is blank, an amount has more than 8
     *     decimals or the wrong sign for the bill type; the batch is then unchanged
     */
    public BillLineColumns add(CustomerId customer, ProductId product, String productName, String productType,
            String regionCode, BillType billType, BigDecimal customerExpenditure, BigDecimal settlementAmount) {
        BigDecimal exp = ExactMoney.atLineScale(Objects.requireNonNull(customerExpenditure, "customerExpenditure"),
                "Customer expenditure of customer '" + customer + "'");
        BigDecimal set = ExactMoney.atLineScale(Objects.requireNonNull(settlementAmount, "settlementAmount"),
                "Settlement amount of customer '" + customer + "'");
        checkRow(customer, product, productName, productType, regionCode, billType, 0, exp, 0, set);
        append(customer, product, productName, productType, regionCode, billType,
                LineUnits.units(exp), LineUnits.hugeOrNull(exp), LineUnits.units(set), LineUnits.hugeOrNull(set));
        return this;
    }

    /**
     * Adds a line's figures given as whole 10^-8 units of this batch's currency (the unscaled
     * value of an amount at scale 8, as a {@code NUMERIC(…, 8)} column holds it): the fast
     * form for sources that already hold amounts that way.
     *
     * @param customer the customer, not null
     * @param product the product, not null
     * @param productName the product's name, not blank
     * @param productType the product's type, not blank
     * @param regionCode the region code, not blank
     * @param billType the bill type, not null
     * @param customerExpenditureUnits the list amount in 10^-8 units, signed as the bill type requires
     * @param settlementUnits the settlement amount in 10^-8 units, signed as the bill type requires
     * @return this batch
     * @throws InvalidValueException naming the value if a text is blank or an amount has the wrong
     *     sign for the bill type; the batch is then unchanged
     */
    public BillLineColumns addUnits(CustomerId customer, ProductId product, String productName, String productType,
            String regionCode, BillType billType, long customerExpenditureUnits, long settlementUnits) {
        checkRow(customer, product, productName, productType, regionCode, billType, customerExpenditureUnits, null,
                settlementUnits, null);
        append(customer, product, productName, productType, regionCode, billType,
                customerExpenditureUnits, null, settlementUnits, null);
        return this;
    }

    private static void checkRow(CustomerId customer, ProductId product, String productName, String productType,
            String regionCode, BillType billType, long expUnits, @Nullable BigDecimal exp, long setUnits,
            @Nullable BigDecimal set) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(billType, "billType");
        Texts.requireNonBlank(productName, "Bill line", "productName");
        Texts.requireNonBlank(productType, "Bill line", "productType");
        Texts.requireNonBlank(regionCode, "Bill line", "regionCode");
        checkSign(billType, expUnits, exp, "customer expenditure", customer);
        checkSign(billType, setUnits, set, "settlement amount", customer);
    }

    /** The sign rules of {@link BillLine}, with its wording; the amount is {@code value}, or {@code units} if that is null. */
    private static void checkSign(BillType billType, long units, @Nullable BigDecimal value, String what,
            CustomerId customer) {
        int sign = value != null ? value.signum() : Long.signum(units);
        if (billType == BillType.EXPENDITURE && sign < 0 || billType == BillType.REFUND && sign > 0) {
            BigDecimal shown = value != null ? value : BigDecimal.valueOf(units, ExactMoney.LINE_SCALE);
            throw new InvalidValueException(billType.label() + " line of customer '" + customer + "' must have a zero or "
                    + (sign < 0 ? "positive " : "negative ") + what + ", was '" + shown.toPlainString() + "'");
        }
    }

    private void append(CustomerId customerId, ProductId productId, String productName, String productType,
            String regionCode, BillType billType, long expenditureUnits, @Nullable BigDecimal expenditureHuge,
            long settlementUnits, @Nullable BigDecimal settlementHuge) {
        if (size == type.length) {
            grow();
        }
        int row = size;
        expenditure[row] = expenditureUnits;
        settlement[row] = settlementUnits;
        type[row] = (byte) billType.ordinal();
        customer[row] = customerNumber(customerId);
        int p = productNumber(productId);
        product[row] = p;
        region[row] = regionNumber(regionCode);
        if (billType == BillType.EXPENDITURE) {
            keepSmallestNames(p, productName, productType);
        }
        largestUnits = Math.max(largestUnits, Math.max(magnitude(expenditureUnits), magnitude(settlementUnits)));
        if (expenditureHuge != null || settlementHuge != null) {
            keepHuge(row, expenditureHuge, settlementHuge);
        } else if (hugeExpenditure != null) {
            hugeExpenditure[row] = null; // a reused batch may hold an earlier row's value here
            Objects.requireNonNull(hugeSettlement)[row] = null;
        }
        size++;
    }

    private static long magnitude(long units) {
        return units == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(units);
    }

    private void keepHuge(int row, @Nullable BigDecimal exp, @Nullable BigDecimal set) {
        if (hugeExpenditure == null) {
            hugeExpenditure = new BigDecimal[type.length];
            hugeSettlement = new BigDecimal[type.length];
        }
        hugeExpenditure[row] = exp;
        Objects.requireNonNull(hugeSettlement)[row] = set;
    }

    private void grow() {
        int capacity = type.length * 2;
        expenditure = Arrays.copyOf(expenditure, capacity);
        settlement = Arrays.copyOf(settlement, capacity);
        type = Arrays.copyOf(type, capacity);
        customer = Arrays.copyOf(customer, capacity);
        product = Arrays.copyOf(product, capacity);
        region = Arrays.copyOf(region, capacity);
        if (hugeExpenditure != null) {
            hugeExpenditure = Arrays.copyOf(hugeExpenditure, capacity);
            hugeSettlement = Arrays.copyOf(Objects.requireNonNull(hugeSettlement), capacity);
        }
    }

    private int customerNumber(CustomerId id) {
        Integer known = customerNumbers.get(id);
        if (known != null) {
            return known;
        }
        customers.add(id);
        customerNumbers.put(id, customers.size() - 1);
        return customers.size() - 1;
    }

    private int productNumber(ProductId id) {
        Integer known = productNumbers.get(id);
        if (known != null) {
            return known;
        }
        int p = products.size();
        products.add(id);
        productNumbers.put(id, p);
        if (p == productNames.length) {
            productNames = Arrays.copyOf(productNames, 2 * p);
            productTypes = Arrays.copyOf(productTypes, 2 * p);
        }
        productNames[p] = null;
        productTypes[p] = null;
        return p;
    }

    private int regionNumber(String code) {
        Integer known = regionNumbers.get(code);
        if (known != null) {
            return known;
        }
        regionCodes.add(code);
        regionNumbers.put(code, regionCodes.size() - 1);
        return regionCodes.size() - 1;
    }

    private void keepSmallestNames(int p, String name, String productType) {
        String knownName = productNames[p];
        if (knownName == null || name.compareTo(knownName) < 0) {
            productNames[p] = name;
        }
        String knownType = productTypes[p];
        if (knownType == null || productType.compareTo(knownType) < 0) {
            productTypes[p] = productType;
        }
    }

    /** Empties the batch for reuse, keeping its capacity. */
    public void clear() {
        size = 0;
        largestUnits = 0;
        customers.clear();
        customerNumbers.clear();
        products.clear();
        productNumbers.clear();
        regionCodes.clear();
        regionNumbers.clear();
    }

    /** @return how many lines the batch holds */
    public int size() {
        return size;
    }

    /** @return the partner, not null */
    public PartnerId partner() {
        return partner;
    }

    /** @return the cycle, not null */
    public BillCycle cycle() {
        return cycle;
    }

    /** @return the currency, not null */
    public CurrencyUnit currency() {
        return currency;
    }

    @Override
    public String toString() {
        return "BillLineColumns[" + partner + ", " + cycle + ", " + currency.getCurrencyCode() + ", " + size + " lines]";
    }
}
