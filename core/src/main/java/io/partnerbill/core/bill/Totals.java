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
        static Pair of(Sums sums, int listSlot) {
            return new Pair(sums.value(listSlot), sums.value(listSlot + 1));
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
        int per = BillAccumulator.PER_REGION;
        Map<ProductId, Product> products = new TreeMap<>();
        acc.products.forEach((id, cell) -> {
            Map<String, Pair> regions = new TreeMap<>();
            for (int r = 0; r < acc.regionCount(); r++) {
                if (cell.isPositive(per * r + 2)) {
                    regions.put(acc.regionCode(r), Pair.of(cell, per * r));
                }
            }
            products.put(id, new Product(cell.name, cell.type, Map.copyOf(regions)));
        });
        Map<String, Others> others = new TreeMap<>();
        for (int r = 0; r < acc.regionCount(); r++) {
            if (acc.others.isPositive(per * r + 2)) {
                others.put(acc.regionCode(r), new Others(acc.others.value(per * r), acc.others.value(per * r + 1)));
            }
        }
        Map<CustomerId, Customer> customers = new TreeMap<>();
        IdTable table = acc.customers;
        int w = BillAccumulator.CUSTOMER_SLOTS;
        for (int s = 0; s < table.capacity(); s++) {
            if (table.key(s) instanceof CustomerId id) {
                Sums sums = table.sums;
                customers.put(id, new Customer(sums.value(w * s), sums.value(w * s + 1), sums.value(w * s + 2),
                        sums.units[w * s + 3]));
            }
        }
        return new Totals(acc.partner(), acc.cycle(), acc.currency(), acc.lineCount(),
                Pair.of(acc.totals, 0), Pair.of(acc.totals, 2), Pair.of(acc.totals, 4),
                java.util.Collections.unmodifiableMap(products), java.util.Collections.unmodifiableMap(others),
                java.util.Collections.unmodifiableMap(customers));
    }

    /** The exact net settlement: expenditures + refunds + adjustments. */
    BigDecimal netSettlement() {
        return expenditures.settlement.add(refunds.settlement).add(adjustments.settlement);
    }
}
