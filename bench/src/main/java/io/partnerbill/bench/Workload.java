package io.partnerbill.bench;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillLineColumns;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.BillingMode;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.core.tax.TaxPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The benchmark workload: bill lines of one partner and cycle, 5,000 customers × 200
 * products × 5 regions, about 10 % refunds and 2 % adjustments, amounts with 8 decimals.
 *
 * <p>List amounts are drawn from a pool of 8,192 random amounts from 0.00000001 to
 * 1,000.00000000 with all 8 decimals used; the settlement amount is the list amount at the
 * product's discount, rounded HALF_UP to 8 decimals (as {@code DiscountRate.settlement}).
 * The pool holds each amount and its settlements as ready {@code Money} objects, because
 * creating a Moneta amount costs about half a microsecond, which would dominate the
 * streamed benchmark (B6); B1 to B3 read amounts from the lines and do not notice the pool.
 *
 * <p>Line {@code i} is a pure function of the seed and {@code i} (SplitMix64 of both), so a
 * list, a chunk or a stream of lines is the same whatever builds it and in whatever order.
 * Customer, product and region values are shared objects, as a store or importer that interns
 * them would hand out; every line has its own order id and instant.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Workload {

    /** The seed every benchmark uses. */
    public static final long SEED = 0x5EED_2025_1001L;
    /** Lines of B1, B2 and B3. */
    public static final int LINES = 10_000_000;
    public static final int CUSTOMERS = 5_000;
    public static final int PRODUCTS = 200;
    public static final int REGIONS = 5;

    public static final PartnerId PARTNER = PartnerId.of("P-0000000001");
    public static final BillCycle CYCLE = BillCycle.of(2025, 10);
    public static final CurrencyUnit USD = Monetary.getCurrency("USD");
    public static final BillingCalendar CALENDAR = BillingCalendar.beijing();
    /** Bill lines' rates are percent off with 2 decimals: 10,000 basis points is 100 %. */
    private static final long BP = 10_000;
    /** A 10 % VAT on the net settlement, rounded HALF_UP to the cent, as in core's tests. */
    public static final BigDecimal VAT_RATE = new BigDecimal("0.10");
    public static final TaxPolicy VAT_10 = request -> {
        BigDecimal base = request.base().getNumber().numberValueExact(BigDecimal.class);
        BigDecimal tax = base.multiply(VAT_RATE).setScale(2, RoundingMode.HALF_UP);
        return TaxBreakdown.of(USD, List.of(TaxComponent.of("VAT", BigDecimal.TEN, request.base(),
                Money.of(tax, USD))));
    };
    public static final MonthlyBillCalculator CALCULATOR =
            MonthlyBillCalculator.of(VAT_10, CALENDAR, RoundingPolicy.BILL_TOTAL);
    public static final MonetaryAmount NO_COUPONS = Money.of(BigDecimal.ZERO, USD);

    private static final String[] PRODUCT_TYPES = {"Common products", "SaaS", "Professional services"};
    private static final String[] PERCENT_OFF = {"0.00", "5.00", "11.12", "12.00", "25.00", "30.50"};
    private static final String[][] REGION_NAMES = {
        {"ap-southeast-1", "AP-Hong Kong"}, {"ap-southeast-3", "AP-Singapore"}, {"cn-north-4", "CN North-Beijing4"},
        {"la-south-2", "LA-Santiago"}, {"af-south-1", "AF-Johannesburg"}};
    private static final BillingMode[] MODES = {BillingMode.YEARLY_MONTHLY, BillingMode.PAY_PER_USE,
        BillingMode.RESERVED_INSTANCE_SUBSCRIPTION, BillingMode.SAVINGS_PLAN_HOURLY};

    /** A product and the columns that come with it. */
    public record Product(ProductId id, String name, String type, String typeCode, String application,
            String specifications, String resourceType, String resourceTypeCode, BillingMode mode,
            DiscountRate rate, int rateIndex) {
    }

    /** A region code and name. */
    public record Region(String code, String name) {
    }

    private final long seed;
    private final CustomerId[] customers = new CustomerId[CUSTOMERS];
    private final Product[] products = new Product[PRODUCTS];
    private final Region[] regions = new Region[REGIONS];
    private final long cycleStart;
    private final long cycleSeconds;
    private final String orderPrefix;
    // [rate][pool index][0 list, 1 settlement, 2 -list, 3 -settlement]
    private final MonetaryAmount[][][] amounts;
    private final long[] poolUnits = new long[POOL];
    // [rate][pool index]: the settlement units of poolUnits at each rate
    private final long[][] poolSettlementUnits;
    private static final int POOL = 1 << 13;

    private Workload(long seed) {
        this.seed = seed;
        for (int c = 0; c < CUSTOMERS; c++) {
            customers[c] = CustomerId.of(String.format("C-%08d", c));
        }
        for (int p = 0; p < PRODUCTS; p++) {
            long h = mix(seed ^ (0xA0761D6478BD642FL * (p + 1)));
            int rateIndex = below(h, PERCENT_OFF.length);
            DiscountRate rate = DiscountRate.ofPercentOff(PERCENT_OFF[rateIndex]);
            String name = String.format("Product %03d", p);
            products[p] = new Product(ProductId.of(String.format("PRD-%05d", p)), name,
                    PRODUCT_TYPES[p % PRODUCT_TYPES.length], "hws.type." + (p % PRODUCT_TYPES.length),
                    "app-" + (p % 17), (2 << (p % 5)) + "vCPUs | " + (4 << (p % 5)) + "GiB", "Resource " + (p % 23),
                    "hws.resource." + (p % 23), MODES[p % MODES.length], rate, rateIndex);
        }
        for (int r = 0; r < REGIONS; r++) {
            regions[r] = new Region(REGION_NAMES[r][0], REGION_NAMES[r][1]);
        }
        cycleStart = CALENDAR.start(CYCLE).getEpochSecond();
        cycleSeconds = CALENDAR.end(CYCLE).getEpochSecond() - cycleStart;
        orderPrefix = "CS" + CYCLE.toString().replace("-", "");
        for (int i = 0; i < POOL; i++) {
            poolUnits[i] = 1 + Long.remainderUnsigned(mix(seed ^ (0xE7037ED1A0B428DBL * (i + 1))), 100_000_000_000L);
        }
        amounts = new MonetaryAmount[PERCENT_OFF.length][POOL][];
        poolSettlementUnits = new long[PERCENT_OFF.length][POOL];
        for (int r = 0; r < PERCENT_OFF.length; r++) {
            long payable = BP - DiscountRate.ofPercentOff(PERCENT_OFF[r]).percentOff().movePointRight(2).longValueExact();
            for (int i = 0; i < POOL; i++) {
                long list = poolUnits[i];
                long settlement = (list * payable + BP / 2) / BP; // HALF_UP, as DiscountRate.settlement
                poolSettlementUnits[r][i] = settlement;
                amounts[r][i] = new MonetaryAmount[] {money(list), money(settlement), money(-list), money(-settlement)};
            }
        }
    }

    private static MonetaryAmount money(long units) {
        return Money.of(BigDecimal.valueOf(units, 8), USD);
    }

    /**
     * Creates the workload of a seed.
     *
     * @param seed the seed
     * @return the workload, not null
     */
    public static Workload of(long seed) {
        return new Workload(seed);
    }

    private static final class Standard {
        static final Workload INSTANCE = new Workload(SEED);
    }

    /** @return the workload of {@link #SEED}, built once per JVM */
    public static Workload standard() {
        return Standard.INSTANCE;
    }

    /** @return the customers, shared by the lines */
    public List<CustomerId> customers() {
        return List.of(customers);
    }

    /** @return the products, shared by the lines */
    public List<Product> products() {
        return List.of(products);
    }

    /** @return the regions, shared by the lines */
    public List<Region> regions() {
        return List.of(regions);
    }

    /** SplitMix64's finalizer: a bijective, well-mixed hash of a long. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int below(long hash, int bound) {
        return (int) Long.remainderUnsigned(hash, bound);
    }

    /** The first hash of line {@code index}; the next ones are hashes of it. */
    private long h1(long index) {
        return mix(seed + 0x9E3779B97F4A7C15L * (index + 1));
    }

    /**
     * Returns line {@code index}.
     *
     * @param index 0 or more
     * @return the line, not null
     */
    public BillLine line(long index) {
        long h1 = h1(index);
        long h2 = mix(h1);
        long h3 = mix(h2);
        CustomerId customer = customers[below(h1, CUSTOMERS)];
        Product product = products[below(h1 >>> 16, PRODUCTS)];
        Region region = regions[below(h1 >>> 40, REGIONS)];
        int kind = below(h2, 100);
        BillType type = kind < 10 ? BillType.REFUND : kind < 12 ? BillType.ADJUSTMENT : BillType.EXPENDITURE;
        MonetaryAmount[] pooled = amounts[product.rateIndex()][below(h3, POOL)];
        boolean negative = false;
        OrderType orderType;
        OrderId original = null;
        switch (type) {
            case REFUND -> {
                negative = true;
                orderType = (h2 >>> 32 & 1) == 0 ? OrderType.UNSUBSCRIPTION : OrderType.CHANGE;
                original = OrderId.of(orderId("CS202509", Long.remainderUnsigned(h3 >>> 7, 1_000_000_000_000L)));
            }
            case ADJUSTMENT -> {
                negative = (h2 >>> 33 & 1) == 0;
                orderType = OrderType.FEE_ADJUSTMENT;
            }
            default -> orderType = switch (below(h2 >>> 32, 10)) {
                case 0 -> OrderType.CHANGE;
                case 1, 2, 3 -> OrderType.RENEWAL;
                default -> OrderType.NEW_PURCHASE;
            };
        }
        int sign = negative ? 2 : 0;
        return BillLine.builder()
                .cycle(CYCLE).partner(PARTNER).customer(customer).billType(type).billingMode(product.mode())
                .productType(product.type()).productTypeCode(product.typeCode()).productName(product.name())
                .product(product.id()).application(product.application()).specifications(product.specifications())
                .resourceType(product.resourceType()).resourceTypeCode(product.resourceTypeCode())
                .region(region.name()).regionCode(region.code())
                .orderId(OrderId.of(orderId(orderPrefix, index))).originalOrderId(original)
                .transactionTime(Instant.ofEpochSecond(cycleStart + Long.remainderUnsigned(h3 >>> 3, cycleSeconds)))
                .orderType(orderType)
                .customerExpenditure(pooled[sign])
                .discount(product.rate())
                .settlementAmount(pooled[sign + 1])
                .build();
    }

    private static String orderId(String prefix, long number) {
        char[] text = new char[prefix.length() + 12];
        prefix.getChars(0, prefix.length(), text, 0);
        long n = number;
        for (int i = text.length - 1; i >= prefix.length(); i--) {
            text[i] = (char) ('0' + n % 10);
            n /= 10;
        }
        return new String(text);
    }

    /**
     * Builds lines {@code [0, count)} in order, on every core.
     *
     * @param count how many
     * @return the lines, an unmodifiable list, not null
     */
    public List<BillLine> lines(int count) {
        return IntStream.range(0, count).parallel().mapToObj(this::line).toList();
    }

    /**
     * Adds line {@code index}'s bill figures to a batch of columns, without building the line:
     * the same customer, product, region, type and amounts as {@link #line(long)}.
     *
     * @param index 0 or more
     * @param batch the batch, of this workload's partner, cycle and currency, not null
     */
    public void addFigures(long index, BillLineColumns batch) {
        long h1 = h1(index);
        long h2 = mix(h1);
        long h3 = mix(h2);
        Product product = products[below(h1 >>> 16, PRODUCTS)];
        int kind = below(h2, 100);
        BillType type = kind < 10 ? BillType.REFUND : kind < 12 ? BillType.ADJUSTMENT : BillType.EXPENDITURE;
        boolean negative = type == BillType.REFUND || type == BillType.ADJUSTMENT && (h2 >>> 33 & 1) == 0;
        int pool = below(h3, POOL);
        long list = poolUnits[pool];
        long settlement = poolSettlementUnits[product.rateIndex()][pool];
        batch.addUnits(customers[below(h1, CUSTOMERS)], product.id(), product.name(), product.type(),
                regions[below(h1 >>> 40, REGIONS)].code(), type, negative ? -list : list,
                negative ? -settlement : settlement);
    }

    /**
     * Streams lines {@code [from, to)}'s bill figures through one reused batch of columns,
     * handing each full batch (and the last, partial one) to an action, which must be done
     * with it when it returns.
     *
     * @param from the first index
     * @param to the index after the last
     * @param batchSize lines per batch, positive
     * @param action receives each batch, not null
     */
    public void forEachBatch(long from, long to, int batchSize, Consumer<BillLineColumns> action) {
        BillLineColumns batch = BillLineColumns.create(PARTNER, CYCLE, USD);
        for (long i = from; i < to; i++) {
            addFigures(i, batch);
            if (batch.size() == batchSize) {
                action.accept(batch);
                batch.clear();
            }
        }
        if (batch.size() > 0) {
            action.accept(batch);
        }
    }

    /**
     * Streams lines {@code [from, to)} to an action without keeping them.
     *
     * @param from the first index
     * @param to the index after the last
     * @param action receives each line, not null
     */
    public void forEach(long from, long to, Consumer<? super BillLine> action) {
        for (long i = from; i < to; i++) {
            action.accept(line(i));
        }
    }
}
