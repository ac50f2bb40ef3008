package io.partnerbill.tax;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.tax.TaxComponent;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The README's tax examples, compiled and run: what the README shows is this code. */
class ReadmeTaxExamplesTest {

    // One policy for every partner: the operator sells from Singapore, and to Indian
    // partners from its Indian entity in Karnataka (state code 29).
    static final RegionTaxPolicy TAX = RegionTaxPolicy.builder()
            .supplier(Supplier.of("Operator Pte Ltd", Country.of("SG")))
            .supplier(Country.INDIA, Supplier.india("Operator India Pvt Ltd", Gstin.of("29AAACO1234K1ZH")))
            .register(PartnerId.of("P-BLR"), TaxRegistration.india(IndianState.KARNATAKA, Gstin.of("29ABCDE1234F1ZW")))
            .register(PartnerId.of("P-MUM"), TaxRegistration.india(IndianState.MAHARASHTRA, Gstin.of("27ABCDE1234F1Z0")))
            .register(PartnerId.of("P-SIN"), TaxRegistration.of(Country.of("SG")))
            .build();                        // built-in rate table, rates on the bill's issue date

    static final PartnerBilling INDIA = PartnerBilling.builder().currency("INR").taxPolicy(TAX).build();
    static final PartnerBilling SINGAPORE = PartnerBilling.builder().currency("SGD").taxPolicy(TAX).build();

    @Test
    void karnatakaPartner_karnatakaSupplier_paysCgstAndSgst() {
        BillCycle may = BillCycle.of(2024, 5);
        INDIA.lines().append(line("P-BLR", may, "O-1", "600.00", "INR"));
        INDIA.lines().append(line("P-BLR", may, "O-2", "634.56", "INR"));

        MonthlyBill bill = INDIA.bills().calculate(PartnerId.of("P-BLR"), may);

        // 1234.56 x 9 % = 111.1104 -> 111.11, once as CGST and once as SGST
        TaxComponent cgst = bill.tax().component("CGST").orElseThrow();
        TaxComponent sgst = bill.tax().component("SGST").orElseThrow();
        assertThat(cgst.ratePercent()).isEqualByComparingTo("9");
        assertThat(cgst.base()).isEqualByComparingTo(inr("1234.56"));
        assertThat(cgst.amount()).isEqualByComparingTo(inr("111.11"));
        assertThat(sgst.amount()).isEqualByComparingTo(inr("111.11"));
        assertThat(bill.tax().components()).hasSize(2);
        assertThat(bill.amountDue()).isEqualByComparingTo(inr("1456.78"));
    }

    @Test
    void maharashtraPartner_karnatakaSupplier_paysIgst() {
        BillCycle may = BillCycle.of(2024, 5);
        INDIA.lines().append(line("P-MUM", may, "O-3", "1234.56", "INR"));

        MonthlyBill bill = INDIA.bills().calculate(PartnerId.of("P-MUM"), may);

        // inter-state: 1234.56 x 18 % = 222.2208 -> 222.22 as IGST
        TaxComponent igst = bill.tax().component("IGST").orElseThrow();
        assertThat(igst.ratePercent()).isEqualByComparingTo("18");
        assertThat(igst.amount()).isEqualByComparingTo(inr("222.22"));
        assertThat(bill.tax().components()).containsExactly(igst);
        assertThat(bill.amountDue()).isEqualByComparingTo(inr("1456.78"));
    }

    @Test
    void singaporePartner_2024Bill_pays9PercentGst() {
        BillCycle may2024 = BillCycle.of(2024, 5);   // issued 2024-06-05: 9 %
        SINGAPORE.lines().append(line("P-SIN", may2024, "O-4", "1234.56", "SGD"));

        MonthlyBill bill = SINGAPORE.bills().calculate(PartnerId.of("P-SIN"), may2024);

        // 1234.56 x 9 % = 111.1104 -> 111.11
        TaxComponent gst = bill.tax().component("GST").orElseThrow();
        assertThat(gst.ratePercent()).isEqualByComparingTo("9");
        assertThat(gst.amount()).isEqualByComparingTo(sgd("111.11"));
        assertThat(bill.amountDue()).isEqualByComparingTo(sgd("1345.67"));
    }

    @Test
    void singaporePartner_2023Bill_pays8PercentGst() {
        BillCycle may2023 = BillCycle.of(2023, 5);   // issued 2023-06-05: 8 %
        SINGAPORE.lines().append(line("P-SIN", may2023, "O-5", "1234.56", "SGD"));

        MonthlyBill bill = SINGAPORE.bills().calculate(PartnerId.of("P-SIN"), may2023);

        // 1234.56 x 8 % = 98.7648 -> 98.76
        TaxComponent gst = bill.tax().component("GST").orElseThrow();
        assertThat(gst.ratePercent()).isEqualByComparingTo("8");
        assertThat(gst.amount()).isEqualByComparingTo(sgd("98.76"));
        assertThat(bill.amountDue()).isEqualByComparingTo(sgd("1333.32"));
    }

    /** One expenditure line on the 10th of the cycle, with no discount. */
    static BillLine line(String partner, BillCycle cycle, String order, String amount, String currency) {
        MonetaryAmount fee = Money.of(new BigDecimal(amount), currency);
        return BillLine.builder()
                .cycle(cycle).partner(PartnerId.of(partner)).customer(CustomerId.of("C-1"))
                .billType(BillType.EXPENDITURE).orderType(OrderType.NEW_PURCHASE).orderId(OrderId.of(order))
                .productType("Common products").productName("Cloud Server").product(ProductId.of("ecs"))
                .regionCode("ap-southeast-1")
                .transactionTime(cycle.month().atDay(10).atStartOfDay(BillingCalendar.BEIJING).toInstant())
                .customerExpenditure(fee).settlementAmount(fee)
                .build();
    }

    static MonetaryAmount inr(String amount) {
        return Money.of(new BigDecimal(amount), "INR");
    }

    static MonetaryAmount sgd(String amount) {
        return Money.of(new BigDecimal(amount), "SGD");
    }
}
