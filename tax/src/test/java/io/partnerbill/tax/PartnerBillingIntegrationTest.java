package io.partnerbill.tax;

import static io.partnerbill.tax.ReadmeTaxExamplesTest.line;
import static io.partnerbill.tax.TaxFixtures.describe;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.MonthlyBill;
import org.junit.jupiter.api.Test;

class PartnerBillingIntegrationTest {

    private static PartnerBilling billing(String currency, TaxDateRule rule, String partner, TaxRegistration registration) {
        RegionTaxPolicy policy = RegionTaxPolicy.builder().supplier(TaxFixtures.IRELAND_SUPPLIER)
                .register(PartnerId.of(partner), registration).taxDate(rule).build();
        return PartnerBilling.builder().currency(currency).taxPolicy(policy).build();
    }

    @Test
    void decemberBill_isTaxedOnItsIssueDateByDefault_andInDecemberWithCycleEnd() {
        BillCycle december = BillCycle.of(2023, 12);  // issued 2024-01-05
        PartnerBilling byIssueDate = billing("SGD", TaxDateRule.issueDate(), "P-SIN", TaxRegistration.of(Country.of("SG")));
        PartnerBilling byCycleEnd = billing("SGD", TaxDateRule.cycleEnd(), "P-SIN", TaxRegistration.of(Country.of("SG")));
        byIssueDate.lines().append(line("P-SIN", december, "O-1", "1234.56", "SGD"));
        byCycleEnd.lines().append(line("P-SIN", december, "O-1", "1234.56", "SGD"));

        MonthlyBill issued = byIssueDate.bills().calculate(PartnerId.of("P-SIN"), december);
        MonthlyBill inDecember = byCycleEnd.bills().calculate(PartnerId.of("P-SIN"), december);

        // 1234.56 x 9 % = 111.1104 -> 111.11 (2024 rate); x 8 % = 98.7648 -> 98.76 (2023 rate)
        assertThat(describe(issued.tax())).containsExactly("GST 9% of 1234.56 = 111.11");
        assertThat(describe(inDecember.tax())).containsExactly("GST 8% of 1234.56 = 98.76");
    }

    @Test
    void euReverseCharge_showsAZeroComponentWithItsReasonOnTheBill() {
        BillCycle may = BillCycle.of(2024, 5);
        PartnerBilling billing = billing("EUR", TaxDateRule.issueDate(), "P-BER", TaxRegistration.eu(VatId.of("DE123456789")));
        billing.lines().append(line("P-BER", may, "O-2", "1234.56", "EUR"));

        MonthlyBill bill = billing.bills().calculate(PartnerId.of("P-BER"), may);

        assertThat(describe(bill.tax())).containsExactly("VAT 0% of 1234.56 = 0.00 (reverse charge)");
        assertThat(bill.amountDue()).isEqualByComparingTo(bill.netSettlement());
    }
}
