package io.partnerbill.core;

import io.partnerbill.core.billing.PartnerBilling;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.order.Adjustment;
import io.partnerbill.core.order.Order;
import io.partnerbill.core.order.Refund;
import io.partnerbill.core.reseller.Enrollment;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The code the README shows for resellers, customers, budgets and orders, compiled and run. */
class ReadmeOrdersExampleTest {

    @Test
    void readmeExample() {
        Instant march10 = Instant.parse("2024-03-10T02:00:00Z"); // 10:00 in Beijing
        // --- README example begins ---
        PartnerBilling billing = PartnerBilling.builder().currency("USD")
                .clock(Clock.fixed(march10, BillingCalendar.BEIJING)).build();
        // A CSP member enrolls by accepting the reseller agreement; the operator approves it.
        PartnerId acme = PartnerId.of("acme");
        billing.resellers().enroll(Enrollment.of(acme, "Acme Cloud").cspMember(true)
                .acceptAgreement("2024.1", march10));
        billing.resellers().approve(acme);
        billing.discounts().authorize(Discount.builder().id(DiscountId.of("D-1")).partner(acme)
                .product(ProductId.of("ecs")).productName("Elastic Cloud Server")
                .rate(DiscountRate.ofPercentOff("12.00")).effective(Instant.parse("2024-01-01T00:00:00Z"))
                .expiry(Instant.parse("2099-12-31T15:59:59Z")).build());
        // A new customer is frozen until it has a budget.
        CustomerId li = CustomerId.of("cust-li");
        billing.customers().add(acme, li, "Li Wei", "liwei01");
        billing.budgets().set(li, Budget.monthly(Money.of(1000, "USD")), "ops@acme");
        // An order is deducted from the budget and billed at the settlement price.
        BillLine line = billing.orders().place(Order.builder().id(OrderId.of("ord-1")).customer(li)
                .product(ProductId.of("ecs"), "Elastic Cloud Server").regionCode("ap-southeast-1")
                .fee(Money.of(200, "USD")).at(march10).build());            // settles 200 x 0.88 = 176
        billing.orders().refund(Refund.unsubscription(OrderId.of("ref-1"), OrderId.of("ord-1"),
                Money.of(50, "USD"), march10.plusSeconds(3600)));          // -44; 50 back to the budget
        billing.orders().adjust(Adjustment.of(OrderId.of("adj-1"), OrderId.of("ord-1"),
                Money.of(-5, "USD"), march10.plusSeconds(7200)));          // -4.40; budget untouched
        MonetaryAmount remaining = billing.budgets().remaining(li);        // 1000 - 200 + 50 = 850
        MonthlyBill bill = billing.bills().calculate(acme, BillCycle.of(2024, 3));
        // bill.netSettlement() = 176 - 44 - 4.40 = 127.60 = bill.amountDue() (no tax policy)
        // --- README example ends ---

        assertThat(line.settlementDecimal()).isEqualByComparingTo("176");
        assertThat(remaining.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("850");
        assertThat(bill.netSettlement().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("127.60");
        assertThat(bill.amountDue().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("127.60");
        assertThat(bill.lineCount()).isEqualTo(3);
    }
}
