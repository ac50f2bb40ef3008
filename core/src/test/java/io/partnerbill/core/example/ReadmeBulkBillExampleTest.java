package io.partnerbill.core.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLineColumns;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.tax.TaxPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The README's bulk example: rows summed through a reused batch of columns. */
class ReadmeBulkBillExampleTest {

    @Test
    void bulkBill() {
        PartnerId partner = PartnerId.of("P-1");
        BillCycle january = BillCycle.parse("2024-01");
        // 100,000 rows of 1.00000001 list settled at 0.88000001 (12 % off, HALF_UP to 8 decimals), every tenth a refund.
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            boolean refund = i % 10 == 0;
            rows.add(new String[] {"C-" + i % 7, "PRD-ECS", "Elastic Cloud Server", "Common products", "ap-southeast-1",
                refund ? "Refund" : "Expenditure", refund ? "-1.00000001" : "1.00000001",
                refund ? "-0.88000001" : "0.88000001"});
        }
        // --- README bulk begins
        BillAccumulator month = BillAccumulator.create(partner, january, Monetary.getCurrency("USD"));
        BillLineColumns batch = BillLineColumns.create(partner, january, Monetary.getCurrency("USD"));
        for (String[] row : rows) {   // customer, product, name, type, region, bill type, list, settlement
            batch.add(CustomerId.of(row[0]), ProductId.of(row[1]), row[2], row[3], row[4], BillType.fromLabel(row[5]),
                    new BigDecimal(row[6]), new BigDecimal(row[7]));
            if (batch.size() == 65_536) {
                month.addAll(batch);
                batch.clear();
            }
        }
        month.addAll(batch);
        MonthlyBill bill = MonthlyBillCalculator.of(TaxPolicy.none(), BillingCalendar.beijing(), RoundingPolicy.BILL_TOTAL)
                .calculate(month, Money.of(0, "USD"));
        // --- README bulk ends
        assertThat(month.lineCount()).isEqualTo(100_000);
        // 90,000 × 0.88000001 − 10,000 × 0.88000001 = 80,000 × 0.88000001 = 70,400.0008
        assertThat(bill.unroundedNetSettlement().getNumber().numberValueExact(BigDecimal.class))
                .isEqualByComparingTo("70400.0008");
        assertThat(bill.byCustomer().rows()).hasSize(7);
    }
}
