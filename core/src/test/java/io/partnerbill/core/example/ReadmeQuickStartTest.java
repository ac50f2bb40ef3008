package io.partnerbill.core.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DiscountId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.tax.TaxPolicy;
import java.time.Instant;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The README's quick start, kept compiling and checked. */
class ReadmeQuickStartTest {

    @Test
    void quickStart() {
        // --- README quick start begins
        PartnerBilling billing = PartnerBilling.builder()
                .currency("USD")
                .store(BillingStore.inMemory())
                .taxPolicy(TaxPolicy.none())
                .build();

        PartnerId partner = PartnerId.of("P-1");
        ProductId ecs = ProductId.of("PRD-ECS");
        billing.discounts().authorize(Discount.builder()
                .id(DiscountId.of("D-1")).partner(partner).product(ecs).productName("Elastic Cloud Server")
                .rate(DiscountRate.parse("12.00% off"))
                .effective(Instant.parse("2023-12-31T16:00:00Z"))   // 2024-01-01 00:00 Beijing
                .expiry(Instant.parse("2099-12-31T15:59:59Z"))      // inclusive to the second
                .build());

        Instant at = Instant.parse("2024-01-10T02:00:00Z");
        billing.lines().append(BillLine.builder()
                .cycle(BillCycle.parse("2024-01")).partner(partner).customer(CustomerId.of("C-1"))
                .billType(BillType.EXPENDITURE).orderType(OrderType.NEW_PURCHASE).orderId(OrderId.of("CS0001"))
                .product(ecs).productName("Elastic Cloud Server").productType("Common products")
                .regionCode("ap-southeast-1").transactionTime(at)
                .customerExpenditure(Money.of(100, "USD"))
                .discount(billing.discounts().rateFor(partner, ecs, at)).settleAtDiscount()
                .build());

        MonthlyBill bill = billing.bills().calculate(partner, BillCycle.parse("2024-01"), Money.of(10, "USD"));
        System.out.println(bill.amountDue());                          // USD 78 (88.00 - 10.00 coupons)
        System.out.println(bill.byProduct("ap-southeast-1").rows());
        // --- README quick start ends

        assertThat(bill.amountDue()).isEqualTo(Money.of(78, "USD"));
        assertThat(bill.byProduct().rows()).singleElement()
                .satisfies(row -> assertThat(row.settlement()).isEqualTo(Money.of(88, "USD")));
    }
}
