package io.partnerbill.core.bill;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.CycleMismatchException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.internal.Amounts;
import io.partnerbill.core.internal.ExactSum;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * Sums a partner's bill lines of one cycle: totals by bill type, settlement by product and
 * region, refunds and adjustments by region, and totals by customer.
 *
 * <p>Sums are exact (fixed-point {@code long} at scale 8, spilling to {@code BigDecimal} only
 * on overflow), so adding lines in any order, or adding them to several accumulators and
 * {@link #merge merging} those, gives the same bill to the last digit: merge is associative
 * and commutative. That lets a bill be computed in parallel chunks or on a distributed engine.
 * Adding a line allocates nothing once its product, region and customer have been seen.
 * Memory grows with customers × products × regions, never with lines.
 *
 * <p>This class is mutable and not thread-safe: give each thread its own and merge them.
 */
public final class BillAccumulator {

    private final PartnerId partner;
    private final BillCycle cycle;
    private final CurrencyUnit currency;
    private long lineCount;
    final TypeSums expenditures = new TypeSums();
    final TypeSums refunds = new TypeSums();
    final TypeSums adjustments = new TypeSums();
    final Map<ProductId, ProductCell> products = new HashMap<>();
    final Map<String, OthersCell> others = new HashMap<>();
    final Map<CustomerId, CustomerCell> customers = new HashMap<>();

    private BillAccumulator(PartnerId partner, BillCycle cycle, CurrencyUnit currency) {
        this.partner = partner;
        this.cycle = cycle;
        this.currency = currency;
    }

    /**
     * Creates an empty accumulator for a partner's cycle in a currency.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param currency the bill currency, not null
     * @return the accumulator, not null
     */
    public static BillAccumulator create(PartnerId partner, BillCycle cycle, CurrencyUnit currency) {
        return new BillAccumulator(Objects.requireNonNull(partner, "partner"), Objects.requireNonNull(cycle, "cycle"),
                Objects.requireNonNull(currency, "currency"));
    }

    /**
     * Adds a line.
     *
     * @param line the line, of this accumulator's partner, cycle and currency, not null
     * @return this accumulator
     * @throws CycleMismatchException if the line is of another partner or cycle
     * @throws io.partnerbill.core.CurrencyMismatchException if the line is in another currency
     */
    public BillAccumulator add(BillLine line) {
        if (!line.partner().equals(partner) || !line.cycle().equals(cycle)) {
            throw new CycleMismatchException("Line '" + line.orderId() + "' of partner '" + line.partner() + "' and cycle "
                    + line.cycle() + " cannot join the bill of partner '" + partner + "' and cycle " + cycle);
        }
        if (line.currency() != currency) {
            Amounts.requireCurrency(currency, line.currency(), "Line '" + line.orderId() + "'");
        }
        lineCount++;
        switch (line.billType()) {
            case EXPENDITURE -> {
                expenditures.add(line);
                ProductCell cell = products.get(line.product());
                if (cell == null) { // not computeIfAbsent: its capturing lambda would allocate per line
                    cell = new ProductCell(line);
                    products.put(line.product(), cell);
                }
                cell.add(line);
            }
            case REFUND -> {
                refunds.add(line);
                others.computeIfAbsent(line.regionCode(), r -> new OthersCell()).refunds.add(line.settlementUnits,
                        line.settlementHuge);
            }
            case ADJUSTMENT -> {
                adjustments.add(line);
                others.computeIfAbsent(line.regionCode(), r -> new OthersCell()).adjustments.add(line.settlementUnits,
                        line.settlementHuge);
            }
        }
        customers.computeIfAbsent(line.customer(), c -> new CustomerCell()).add(line);
        return this;
    }

    /**
     * Adds every line.
     *
     * @param lines the lines, not null
     * @return this accumulator
     */
    public BillAccumulator addAll(Iterable<BillLine> lines) {
        for (BillLine line : lines) {
            add(line);
        }
        return this;
    }

    /**
     * Adds everything another accumulator of the same partner, cycle and currency has summed.
     * The other accumulator is left unchanged.
     *
     * @param other the other accumulator, not null
     * @return this accumulator
     * @throws CycleMismatchException if the other is of another partner or cycle
     */
    public BillAccumulator merge(BillAccumulator other) {
        if (!other.partner.equals(partner) || !other.cycle.equals(cycle)) {
            throw new CycleMismatchException("Cannot merge the bill of partner '" + other.partner + "' and cycle "
                    + other.cycle + " into that of partner '" + partner + "' and cycle " + cycle);
        }
        Amounts.requireCurrency(currency, other.currency, "Merged bill");
        lineCount += other.lineCount;
        expenditures.merge(other.expenditures);
        refunds.merge(other.refunds);
        adjustments.merge(other.adjustments);
        other.products.forEach((id, cell) -> products.computeIfAbsent(id, k -> new ProductCell(cell)).merge(cell));
        other.others.forEach((region, cell) -> others.computeIfAbsent(region, k -> new OthersCell()).merge(cell));
        other.customers.forEach((id, cell) -> customers.computeIfAbsent(id, k -> new CustomerCell()).merge(cell));
        return this;
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

    /** @return how many lines were added */
    public long lineCount() {
        return lineCount;
    }

    /** List and settlement sums of one bill type. */
    static final class TypeSums {
        final ExactSum list = new ExactSum();
        final ExactSum settlement = new ExactSum();

        void add(BillLine line) {
            list.add(line.expenditureUnits, line.expenditureHuge);
            settlement.add(line.settlementUnits, line.settlementHuge);
        }

        void merge(TypeSums other) {
            list.merge(other.list);
            settlement.merge(other.settlement);
        }
    }

    /** A product's expenditure, by region. */
    static final class ProductCell {
        String name;
        String type;
        final Map<String, TypeSums> byRegion = new HashMap<>();

        ProductCell(BillLine first) {
            this.name = first.productName();
            this.type = first.productType();
        }

        ProductCell(ProductCell template) {
            this.name = template.name;
            this.type = template.type;
        }

        void add(BillLine line) {
            // A product renamed within a month keeps the smallest name, whatever the line order.
            if (!line.productName().equals(name)) {
                keepSmallestNames(line.productName(), line.productType());
            }
            byRegion.computeIfAbsent(line.regionCode(), r -> new TypeSums()).add(line);
        }

        void merge(ProductCell other) {
            keepSmallestNames(other.name, other.type);
            other.byRegion.forEach((region, sums) -> byRegion.computeIfAbsent(region, r -> new TypeSums()).merge(sums));
        }

        private void keepSmallestNames(String otherName, String otherType) {
            if (otherName.compareTo(name) < 0) {
                name = otherName;
            }
            if (otherType.compareTo(type) < 0) {
                type = otherType;
            }
        }
    }

    /** Refunds and adjustments of one region: the "Others" group of the by-product view. */
    static final class OthersCell {
        final ExactSum refunds = new ExactSum();
        final ExactSum adjustments = new ExactSum();

        void merge(OthersCell other) {
            refunds.merge(other.refunds);
            adjustments.merge(other.adjustments);
        }
    }

    /** One customer's settlement by bill type. */
    static final class CustomerCell {
        final ExactSum expenditures = new ExactSum();
        final ExactSum refunds = new ExactSum();
        final ExactSum adjustments = new ExactSum();
        long lineCount;

        void add(BillLine line) {
            lineCount++;
            ExactSum target = switch (line.billType()) {
                case EXPENDITURE -> expenditures;
                case REFUND -> refunds;
                case ADJUSTMENT -> adjustments;
            };
            target.add(line.settlementUnits, line.settlementHuge);
        }

        void merge(CustomerCell other) {
            lineCount += other.lineCount;
            expenditures.merge(other.expenditures);
            refunds.merge(other.refunds);
            adjustments.merge(other.adjustments);
        }
    }
}
