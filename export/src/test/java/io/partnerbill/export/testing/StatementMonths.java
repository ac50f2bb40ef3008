package io.partnerbill.export.testing;

import static io.partnerbill.export.testing.TestLines.CYCLE;
import static io.partnerbill.export.testing.TestLines.PARTNER;
import static io.partnerbill.export.testing.TestLines.expenditure;
import static io.partnerbill.export.testing.TestLines.refund;
import static io.partnerbill.export.testing.TestLines.usd;

import io.partnerbill.core.BilledParty;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.pricing.PriceScope;
import io.partnerbill.core.pricing.Repricing;
import io.partnerbill.export.format.NameDirectory;
import io.partnerbill.export.format.StatementDocument;
import io.partnerbill.testkit.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A reseller's statements of January 2024 for the HTML statements' tests, India GST (CGST 9 % +
 * SGST 9 %) on the customers, all customers at +10.00 %:
 *
 * <ul>
 *   <li>C1, issued {@code CS-2024-000001}, 20.00 paid: O1 110.00, O4 275.00, R1 (half of O1)
 *       -55.00, A1 5.50; subtotal 335.50, CGST 30.20, SGST 30.20, total 395.90, outstanding 375.90.
 *   <li>C2, a draft, a hostile name and product: O2 22.00, tax 1.98 + 1.98, total 25.96.
 *   <li>C3, issued {@code CS-2024-000002}, a negative month: R3 refunds 30.00 of December's DEC-7,
 *       -33.00; no tax, total -33.00, nothing due, credit 33.00, PAID at issue.
 * </ul>
 */
public final class StatementMonths {

    public static final String HOSTILE_CUSTOMER = "</td></tr><script>alert('c')</script> & \"Co\"";
    public static final String HOSTILE_PRODUCT = "<img src=x onerror=alert(1)> Storage & \"more\"";

    public static final NameDirectory NAMES = TestNames.of(Map.of("C1", "Bengaluru Bakes Pvt Ltd", "C2", HOSTILE_CUSTOMER,
            "C3", "Hubli Logistics"), "Karnataka Cloud Partners");

    private StatementMonths() {
    }

    /** The facade with the month's lines and price rule, its clock before the month. */
    public static PartnerBilling billing(List<BillLine> more) {
        MutableClock clock = new MutableClock(Instant.parse("2023-12-20T00:00:00Z"));
        PartnerBilling billing = PartnerBilling.builder().currency("USD").clock(clock)
                .customerTaxPolicy(ReportMonths.GST).build();
        billing.prices().set(PARTNER, PriceScope.allCustomers(), Repricing.markup("10.00"), CYCLE);
        billing.lines().appendAll(List.of(expenditure("O1", "C1", "PRD1", "100.00", "12.00").build(),
                expenditure("O4", "C1", "PRD2", "250.00", "12.00").transactionTime(TestLines.MID_JANUARY.minusSeconds(86_400))
                        .build(),
                refund("R1", "O1", "C1", "PRD1", "-50.00", "12.00").transactionTime(TestLines.MID_JANUARY.plusSeconds(3_600))
                        .build(),
                expenditure("A1", "C1", "PRD1", "5.00", "0").billType(BillType.ADJUSTMENT)
                        .orderType(OrderType.FEE_ADJUSTMENT).transactionTime(TestLines.MID_JANUARY.plusSeconds(7_200)).build(),
                expenditure("O2", "C2", "PRD3", "20.00", "0").productName(HOSTILE_PRODUCT).build(),
                refund("R3", "DEC-7", "C3", "PRD1", "-30.00", "0").build()));
        billing.lines().appendAll(more);
        return billing;
    }

    /** Issues the bill and the statements of C1 and C3, collects 20.00 from C1; returns every customer's document. */
    public static List<StatementDocument> documents(PartnerBilling billing) {
        ((MutableClock) billing.clock()).set(billing.calendar().issueInstant(CYCLE));
        billing.bills().issue(PARTNER, CYCLE);
        billing.statements().issue(PARTNER, CustomerId.of("C1"), CYCLE);
        billing.statements().issue(PARTNER, CustomerId.of("C3"), CYCLE);
        billing.statements().collect(new Payment(PaymentReference.of("CP-1"), BilledParty.customer(PARTNER, CustomerId.of("C1")),
                usd("20.00"), billing.clock().instant(), PaymentMethod.BANK_TRANSFER));
        // Every customer with lines: its issued statement, else a draft, as a STATEMENTS export task takes them.
        List<StatementDocument> docs = new ArrayList<>();
        for (CustomerId customer : billing.statements().customers(PARTNER, CYCLE)) {
            docs.add(billing.statements().issued(customer, CYCLE)
                    .filter(s -> s.reseller().equals(PARTNER))
                    .map(StatementDocument::of)
                    .orElseGet(() -> StatementDocument.draft(billing.statements().calculate(PARTNER, customer, CYCLE))));
        }
        return docs;
    }
}
