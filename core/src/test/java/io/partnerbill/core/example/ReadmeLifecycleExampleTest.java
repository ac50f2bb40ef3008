package io.partnerbill.core.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CouponId;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillStatus;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.payment.AmountDueView;
import io.partnerbill.core.payment.Coupon;
import io.partnerbill.core.payment.CreditPolicy;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.payment.PaymentReceipt;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The README's bill lifecycle example: issue, see what is owed, repay. */
class ReadmeLifecycleExampleTest {

    @Test
    void lifecycle() {
        PartnerId partner = PartnerId.of("P-1");
        BillCycle january = BillCycle.parse("2024-01");
        // --- README lifecycle begins
        PartnerBilling billing = PartnerBilling.builder()
                .currency("USD")
                .clock(Clock.fixed(Instant.parse("2024-02-05T04:00:00Z"), ZoneOffset.UTC)) // 12:00 Beijing, 5 Feb
                .creditPolicy(CreditPolicy.CARRY_FORWARD)    // or ZERO_DUE, the default
                .build();
        billing.lines().append(BillLine.builder()
                .cycle(january).partner(partner).customer(CustomerId.of("C-1"))
                .billType(BillType.EXPENDITURE).orderType(OrderType.NEW_PURCHASE).orderId(OrderId.of("CS0001"))
                .product(ProductId.of("PRD-ECS")).productName("Elastic Cloud Server").productType("Common products")
                .regionCode("ap-southeast-1").transactionTime(Instant.parse("2024-01-10T02:00:00Z"))
                .customerExpenditure(Money.of(250, "USD")).settleAtDiscount()
                .build());
        billing.coupons().grant(Coupon.of(CouponId.of("CP-1"), partner, Money.of(50, "USD"),
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z")));

        IssuedBill bill = billing.bills().issue(partner, january);   // refused before 12:00 Beijing on the 5th
        System.out.println(bill.invoiceNumber() + " due " + bill.amountDue());        // PB-2024-000001 due USD 200

        PaymentReceipt receipt = billing.payments().apply(new Payment(PaymentReference.of("BANK-778"), partner,
                Money.of(120, "USD"), Instant.parse("2024-02-06T09:00:00Z"), PaymentMethod.BANK_TRANSFER));
        AmountDueView owed = billing.bills().amountDue(partner);
        System.out.println(owed.totalOwed() + " still owed on " + owed.unpaidBills());   // USD 80 still owed ...
        System.out.println(billing.payments().ledger(partner).conservesMoney());         // true
        // --- README lifecycle ends

        assertThat(bill.invoiceNumber()).isEqualTo("PB-2024-000001");
        assertThat(bill.amountDue()).isEqualTo(Money.of(200, "USD"));
        assertThat(receipt.applications()).hasSize(1);
        assertThat(owed.totalOwed()).isEqualTo(Money.of(80, "USD"));
        assertThat(owed.unpaidBills()).singleElement()
                .satisfies(b -> assertThat(b.status()).isEqualTo(BillStatus.PARTIALLY_PAID));
        assertThat(billing.payments().ledger(partner).conservesMoney()).isTrue();
    }
}
