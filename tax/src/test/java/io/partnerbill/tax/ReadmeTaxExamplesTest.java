package io.partnerbill.tax;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.OrderType;
import java.math.BigDecimal;
import java.util.List;
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
    static final BillCycle MAY_2024 = BillCycle.of(2024, 5);   // issued 2024-06-05
    static final BillCycle MAY_2023 = BillCycle.of(2023, 5);   // issued 2023-06-05

    @Test
    void karnatakaPartner_karnatakaSupplier_paysCgstAndSgst() {
        INDIA.lines().appendAll(List.of(line("P-BLR", MAY_2024, "O-1", "600.00", "INR"),
                line("P-BLR", MAY_2024, "O-5", "634.56", "INR")));
        MonthlyBill bill = INDIA.bills().calculate(PartnerId.of("P-BLR"), MAY_2024);
        assertThat(bill.tax().components()).extracting(Object::toString)   // 1234.56 x 9 % = 111.1104
                .containsExactly("CGST 9% of INR 1234.56 = INR 111.11", "SGST 9% of INR 1234.56 = INR 111.11");
        assertThat(bill.amountDue()).isEqualByComparingTo(money("1456.78", "INR"));
    }

    @Test
    void maharashtraPartner_karnatakaSupplier_paysIgst() {
        INDIA.lines().append(line("P-MUM", MAY_2024, "O-2", "1234.56", "INR"));
        MonthlyBill bill = INDIA.bills().calculate(PartnerId.of("P-MUM"), MAY_2024);
        assertThat(bill.tax().components()).extracting(Object::toString)   // 1234.56 x 18 % = 222.2208
                .containsExactly("IGST 18% of INR 1234.56 = INR 222.22");
        assertThat(bill.amountDue()).isEqualByComparingTo(money("1456.78", "INR"));
    }

    @Test
    void singaporePartner_2024Bill_pays9PercentGst() {
        SINGAPORE.lines().append(line("P-SIN", MAY_2024, "O-3", "1234.56", "SGD"));
        MonthlyBill bill = SINGAPORE.bills().calculate(PartnerId.of("P-SIN"), MAY_2024);
        assertThat(bill.tax().components()).extracting(Object::toString)   // 1234.56 x 9 % = 111.1104
                .containsExactly("GST 9% of SGD 1234.56 = SGD 111.11");
        assertThat(bill.amountDue()).isEqualByComparingTo(money("1345.67", "SGD"));
    }

    @Test
    void singaporePartner_2023Bill_pays8PercentGst() {
        SINGAPORE.lines().append(line("P-SIN", MAY_2023, "O-4", "1234.56", "SGD"));
        MonthlyBill bill = SINGAPORE.bills().calculate(PartnerId.of("P-SIN"), MAY_2023);
        assertThat(bill.tax().components()).extracting(Object::toString)   // 1234.56 x 8 % = 98.7648
                .containsExactly("GST 8% of SGD 1234.56 = SGD 98.76");
        assertThat(bill.amountDue()).isEqualByComparingTo(money("1333.32", "SGD"));
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

    static MonetaryAmount money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }
}
