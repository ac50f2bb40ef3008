package io.partnerbill.bench;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DiscountId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.order.Order;
import io.partnerbill.core.reseller.Enrollment;
import io.partnerbill.core.store.BillingStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.javamoney.moneta.Money;

/** The reseller, customers, budgets and discounts the order benchmarks (B4, B5) place orders against. */
final class OrderSetup {

    static final int CUSTOMERS = 50;
    private static final Instant EFFECTIVE = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant FOREVER = Instant.parse("2099-12-31T15:59:59Z");

    private OrderSetup() {
    }

    static PartnerBilling billing(BillingStore store, List<Workload.Product> products) {
        PartnerBilling billing = PartnerBilling.builder().currency(Workload.USD).store(store)
                .calendar(Workload.CALENDAR).taxPolicy(Workload.VAT_10)
                .clock(java.time.Clock.fixed(Workload.CALENDAR.start(Workload.CYCLE), java.time.ZoneOffset.UTC)).build();
        if (billing.resellers().find(Workload.PARTNER).isEmpty()) {
            billing.resellers().enroll(Enrollment.of(Workload.PARTNER, "Bench reseller").cspMember(true)
                    .acceptAgreement("2024.1", EFFECTIVE));
            billing.resellers().approve(Workload.PARTNER);
        }
        for (int c = 0; c < CUSTOMERS; c++) {
            CustomerId id = CustomerId.of("BENCH-C" + c);
            if (billing.customers().find(id).isEmpty()) {
                billing.customers().add(Workload.PARTNER, id, "Customer " + c, "acct-" + c);
                // The largest budget allowed: the benchmark measures placement, not refusals.
                billing.budgets().set(id, Budget.monthly(Money.of(new BigDecimal("2147483647"), Workload.USD)), "bench");
            }
        }
        for (int p = 0; p < products.size(); p++) {
            Workload.Product product = products.get(p);
            DiscountId id = DiscountId.of("D-" + p);
            if (billing.discounts().find(id).isEmpty()) {
                billing.discounts().authorize(Discount.builder().id(id).partner(Workload.PARTNER)
                        .product(product.id()).productName(product.name()).productType(product.type())
                        .rate(product.rate()).effective(EFFECTIVE).expiry(FOREVER).build());
            }
        }
        return billing;
    }

    /** Places order number i: a fee of 0.01 to 10.00, spread over customers, products, regions and the month. */
    static BillLine place(PartnerBilling billing, long i, List<Workload.Product> products, List<Workload.Region> regions,
            long cycleStart) {
        return billing.orders().place(order(billing, i, products, regions, cycleStart));
    }

    /** Order number i, as {@link #place} places it. */
    static Order order(PartnerBilling billing, long i, List<Workload.Product> products, List<Workload.Region> regions,
            long cycleStart) {
        Workload.Product product = products.get((int) (i % products.size()));
        Workload.Region region = regions.get((int) (i % regions.size()));
        return Order.builder().id(OrderId.of("ORD-" + System.identityHashCode(billing) + "-" + i))
                .customer(CustomerId.of("BENCH-C" + (i % CUSTOMERS))).product(product.id(), product.name())
                .productType(product.type()).billingMode(product.mode()).regionCode(region.code()).region(region.name())
                .fee(Money.of(BigDecimal.valueOf(1 + i % 1000, 2), Workload.USD))
                .at(Instant.ofEpochSecond(cycleStart + i % 2_000_000)).build();
    }
}
