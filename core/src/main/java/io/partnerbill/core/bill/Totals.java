package io.partnerbill.core.bill;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;

/** An immutable snapshot of a {@link BillAccumulator}'s exact sums, in id order. */
record Totals(PartnerId partner, BillCycle cycle, CurrencyUnit currency, long lineCount,
        Pair expenditures, Pair refunds, Pair adjustments,
        Map<ProductId, Product> products, Map<String, Others> others, Map<CustomerId, Customer> customers) {

    /** An exact list amount and settlement amount. */
    record Pair(BigDecimal list, BigDecimal settlement) {
        static Pair of(BillAccumulator.TypeSums sums) {
            return new Pair(sums.list.value(), sums.settlement.value());
        }
    }

    record Product(String name, String type, Map<String, Pair> byRegion) {
    }

    record Others(BigDecimal refunds, BigDecimal adjustments) {
    }

    record Customer(BigDecimal expenditures, BigDecimal refunds, BigDecimal adjustments, long lineCount) {
        BigDecimal total() {
            return expenditures.add(refunds).add(adjustments);
        }
    }

    static Totals of(BillAccumulator acc) {
        Map<ProductId, Product> products = new TreeMap<>();
        acc.products.forEach((id, cell) -> {
            Map<String, Pair> regions = new TreeMap<>();
            cell.byRegion.forEach((region, sums) -> regions.put(region, Pair.of(sums)));
            products.put(id, new Product(cell.name, cell.type, Map.copyOf(regions)));
        });
        Map<String, Others> others = new TreeMap<>();
        acc.others.forEach((region, cell) -> others.put(region, new Others(cell.refunds.value(), cell.adjustments.value())));
        Map<CustomerId, Customer> customers = new TreeMap<>();
        acc.customers.forEach((id, cell) -> customers.put(id, new Customer(cell.expenditures.value(),
                cell.refunds.value(), cell.adjustments.value(), cell.lineCount)));
        return new Totals(acc.partner(), acc.cycle(), acc.currency(), acc.lineCount(),
                Pair.of(acc.expenditures), Pair.of(acc.refunds), Pair.of(acc.adjustments),
                java.util.Collections.unmodifiableMap(products), java.util.Collections.unmodifiableMap(others),
                java.util.Collections.unmodifiableMap(customers));
    }

    /** The exact net settlement: expenditures + refunds + adjustments. */
    BigDecimal netSettlement() {
        return expenditures.settlement.add(refunds.settlement).add(adjustments.settlement);
    }
}
