package io.partnerbill.export.testing;

import static io.partnerbill.export.testing.TestLines.CYCLE;
import static io.partnerbill.export.testing.TestLines.PARTNER;
import static io.partnerbill.export.testing.TestLines.expenditure;
import static io.partnerbill.export.testing.TestLines.refund;
import static io.partnerbill.export.testing.TestLines.usd;

import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CouponId;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.Coupon;
import io.partnerbill.core.pricing.PriceScope;
import io.partnerbill.core.pricing.Repricing;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.export.invoice.InvoiceParties;
import io.partnerbill.export.invoice.InvoiceParty;
import io.partnerbill.export.invoice.TaxInvoice;
import io.partnerbill.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * A January 2024 partner bill in USD under India GST (CGST 9 % + SGST 9 %), issued with a
 * USD 100.00 coupon, and the parties of its invoice. Worked out by hand:
 *
 * <pre>
 *   O1 PRD1 1000.00 at 12 % off =  880.00
 *   O2 PRD2  333.33 at 10 % off =  299.997     -> PRD2 300.00
 *   O3 PRD3    0.01 at 50 % off =    0.005     -> PRD3   0.01
 *   R1 PRD1 -100.00 at 12 % off =  -88.00      (Others)
 *   A1 PRD1    5.00              =    5.00     (Others)    -> Others -83.00
 *   net 1097.002 -> 1097.00; lines show 1097.01: Rounding -0.01
 *   CGST 9 % of 1097.00 = 98.73, SGST 98.73, tax 197.46
 *   due = 1097.00 - 100.00 + 197.46 = 1194.46
 * </pre>
 *
 * The statement of C1 (at +10 %): O1 1100.00, O2 366.663, R1 -110.00, A1 5.50; PRD1 1100.00,
 * PRD2 366.66, Others -104.50, subtotal 1362.163 -> 1362.16, Rounding 0.00; CGST = SGST = 122.59
 * (9 % of 1362.16 = 122.5944), total 1607.34.
 */
public final class InvoiceMonths {

    public static final CustomerId C1 = CustomerId.of("C1");
    public static final String OPERATOR_GSTIN = "29AAACC1206D1ZM";
    public static final String PARTNER_GSTIN = "29AAGCB7383J1Z4";
    public static final String HOSTILE = "=HYPERLINK(\"http://x\")\n<script>alert('x')</script> & \"Co\"";
    public static final String CJK = "上海云计算有限公司";
    public static final String DEVANAGARI = "कर्नाटक क्लाउड पार्टनर्स";

    private InvoiceMonths() {
    }

    /** The month's lines in a facade on the given store (issue with {@link #issue}). */
    public static PartnerBilling billing(BillingStore store) {
        MutableClock clock = new MutableClock(Instant.parse("2023-12-20T00:00:00Z"));
        PartnerBilling billing = PartnerBilling.builder().store(store).currency("USD").clock(clock)
                .taxPolicy(ReportMonths.GST).customerTaxPolicy(ReportMonths.GST).build();
        billing.prices().set(PARTNER, PriceScope.allCustomers(), Repricing.markup("10.00"), CYCLE);
        billing.lines().appendAll(List.of(expenditure("O1", "C1", "PRD1", "1000.00", "12.00").build(),
                expenditure("O2", "C1", "PRD2", "333.33", "10.00").build(),
                expenditure("O3", "C2", "PRD3", "0.01", "50.00").build(),
                refund("R1", "O1", "C1", "PRD1", "-100.00", "12.00").transactionTime(TestLines.MID_JANUARY.plusSeconds(60))
                        .build(),
                expenditure("A1", "C1", "PRD1", "5.00", "0").billType(BillType.ADJUSTMENT)
                        .orderType(OrderType.FEE_ADJUSTMENT).transactionTime(TestLines.MID_JANUARY.plusSeconds(120)).build()));
        Instant from = billing.calendar().start(CYCLE);
        billing.coupons().grant(Coupon.of(CouponId.of("CP-1"), PARTNER, usd("100.00"), from, from.plus(Duration.ofDays(60))));
        return billing;
    }

    /** A facade with the month's lines in memory. */
    public static PartnerBilling billing() {
        return billing(BillingStore.inMemory());
    }

    /** Issues the partner bill (and C1's statement) at the cycle's issue instant. */
    public static IssuedBill issue(PartnerBilling billing) {
        IssuedBill bill = issueAtTheIssueInstant(billing);
        billing.statements().issue(PARTNER, C1, CYCLE);
        return bill;
    }

    /** Issues P1's bill of the cycle on a facade whose clock is a MutableClock, or whose clock is already past the issue instant. */
    public static IssuedBill issueAtTheIssueInstant(PartnerBilling billing) {
        if (billing.clock() instanceof MutableClock clock) {
            clock.set(billing.calendar().issueInstant(CYCLE));
        }
        return billing.bills().issue(PARTNER, CYCLE);
    }

    /** The invoice of the month's issued bill, its partner under the given name. */
    public static TaxInvoice billInvoice(String partnerName) {
        PartnerBilling billing = billing();
        return TaxInvoice.of(issue(billing), parties(partnerName), BillingCalendar.BEIJING);
    }

    /** An amount as invoices print it: at least the currency's digits. */
    public static String plain(MonetaryAmount amount) {
        return ExactMoney.atCurrencyScale(amount).toPlainString();
    }

    /** The operator in Karnataka, the partner under the given name in Karnataka, customer C1 in Tokyo. */
    public static InvoiceParties parties(String partnerName) {
        return InvoiceParties.builder()
                .operator(InvoiceParty.of("Cloud Operator India Pvt Ltd", List.of("1 MG Road", "Bengaluru 560001"), "IN")
                        .withRegion("Karnataka").withTaxId(OPERATOR_GSTIN))
                .partner(PARTNER, InvoiceParty.of(partnerName, List.of("22 Residency Road", "Bengaluru 560025"), "IN")
                        .withRegion("Karnataka").withTaxId(PARTNER_GSTIN))
                .customer(C1, InvoiceParty.of(CJK, List.of("1-1 Marunouchi", "Chiyoda-ku, Tokyo"), "JP"))
                .build();
    }
}
