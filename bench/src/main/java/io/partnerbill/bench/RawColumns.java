package io.partnerbill.bench;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Baseline B1(b), the limit: the lines' figures as primitive columns (amounts as {@code long}
 * 10^-8 units, customer, product × region and type as small integers, extracted once in the
 * benchmark's setup) and a raw loop that sums them into {@code long} arrays. It sums what
 * {@link io.partnerbill.core.bill.BillAccumulator} sums (list and settlement by type, by
 * product × region, refunds and adjustments by region, by customer and type, line counts),
 * then rounds with {@code long} arithmetic. No overflow check: the workload cannot overflow.
 */
public final class RawColumns {

    static final int TYPES = 3; // 0 expenditure, 1 refund, 2 adjustment

    final int size;
    final long[] list;
    final long[] settlement;
    final int[] customer;
    final int[] productRegion;
    final byte[] type;
    final CustomerId[] customerIds;
    final ProductId[] productIds;
    final String[] regionCodes;

    private RawColumns(List<BillLine> lines) {
        size = lines.size();
        list = new long[size];
        settlement = new long[size];
        customer = new int[size];
        productRegion = new int[size];
        type = new byte[size];
        Map<CustomerId, Integer> customers = new HashMap<>();
        Map<ProductId, Integer> products = new HashMap<>();
        Map<String, Integer> regions = new HashMap<>();
        for (int i = 0; i < size; i++) {
            BillLine line = lines.get(i);
            list[i] = line.expenditureDecimal().unscaledValue().longValueExact();
            settlement[i] = line.settlementDecimal().unscaledValue().longValueExact();
            customer[i] = customers.computeIfAbsent(line.customer(), c -> customers.size());
            int product = products.computeIfAbsent(line.product(), p -> products.size());
            int region = regions.computeIfAbsent(line.regionCode(), r -> regions.size());
            if (region >= Workload.REGIONS) {
                throw new IllegalArgumentException("More than " + Workload.REGIONS + " regions");
            }
            productRegion[i] = product * Workload.REGIONS + region;
            type[i] = (byte) line.billType().ordinal();
        }
        customerIds = new CustomerId[customers.size()];
        customers.forEach((id, index) -> customerIds[index] = id);
        productIds = new ProductId[products.size()];
        products.forEach((id, index) -> productIds[index] = id);
        regionCodes = new String[regions.size()];
        regions.forEach((code, index) -> regionCodes[index] = code);
    }

    /** Extracts the columns of some lines. */
    public static RawColumns of(List<BillLine> lines) {
        return new RawColumns(lines);
    }

    /** The sums and the rounded bill, in cents. */
    public static final class Result {
        final long[] typeList = new long[TYPES];
        final long[] typeSettlement = new long[TYPES];
        final long[] productRegionList;
        final long[] productRegionSettlement;
        final long[] othersByRegion; // region * 2 + (type - 1)
        final long[] customerByType; // customer * 3 + type
        final long[] customerLines;
        long lineCount;
        long netCents;
        long taxCents;
        long dueCents;
        long[] productCents;
        long[] customerCents;

        Result(RawColumns c) {
            productRegionList = new long[c.productIds.length * Workload.REGIONS];
            productRegionSettlement = new long[c.productIds.length * Workload.REGIONS];
            othersByRegion = new long[Workload.REGIONS * 2];
            customerByType = new long[c.customerIds.length * TYPES];
            customerLines = new long[c.customerIds.length];
        }

        public long netCents() {
            return netCents;
        }

        public long taxCents() {
            return taxCents;
        }

        public long dueCents() {
            return dueCents;
        }

        public long typeSettlementCents(int type) {
            return cents(typeSettlement[type]);
        }
    }

    /** The raw loop and the bill from its sums. */
    public Result sum() {
        Result r = new Result(this);
        long[] typeList = r.typeList;
        long[] typeSettlement = r.typeSettlement;
        long[] prList = r.productRegionList;
        long[] prSettlement = r.productRegionSettlement;
        long[] others = r.othersByRegion;
        long[] byCustomer = r.customerByType;
        long[] customerLines = r.customerLines;
        for (int i = 0; i < size; i++) {
            int t = type[i];
            long l = list[i];
            long s = settlement[i];
            int c = customer[i];
            int pr = productRegion[i];
            typeList[t] += l;
            typeSettlement[t] += s;
            if (t == 0) {
                prList[pr] += l;
                prSettlement[pr] += s;
            } else {
                others[pr % Workload.REGIONS * 2 + t - 1] += s;
            }
            byCustomer[c * TYPES + t] += s;
            customerLines[c]++;
        }
        r.lineCount = size;
        long net = typeSettlement[0] + typeSettlement[1] + typeSettlement[2];
        r.netCents = cents(net);
        r.taxCents = r.netCents > 0 ? (r.netCents + 5) / 10 : 0; // 10 %, HALF_UP to the cent
        r.dueCents = Math.max(0, r.netCents + r.taxCents);
        r.productCents = new long[productIds.length];
        for (int p = 0; p < productIds.length; p++) {
            long sum = 0;
            for (int g = 0; g < Workload.REGIONS; g++) {
                sum += prSettlement[p * Workload.REGIONS + g];
            }
            r.productCents[p] = cents(sum);
        }
        r.customerCents = new long[customerIds.length];
        for (int c = 0; c < customerIds.length; c++) {
            r.customerCents[c] = cents(byCustomer[c * TYPES] + byCustomer[c * TYPES + 1] + byCustomer[c * TYPES + 2]);
        }
        return r;
    }

    /** 10^-8 units to cents, HALF_UP (away from zero on ties). */
    static long cents(long units) {
        long half = 500_000;
        return units >= 0 ? (units + half) / 1_000_000 : -((-units + half) / 1_000_000);
    }
}
