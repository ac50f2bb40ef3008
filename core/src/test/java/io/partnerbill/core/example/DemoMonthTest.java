package io.partnerbill.core.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.PartnerBilling;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.MonthlyBill;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class DemoMonthTest {

    @Test
    void demoPrintsTheBillOfItsLines() {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").build();
        int appended = DemoMonth.simulate(billing, 42L, 300);
        MonthlyBill bill = billing.bills().calculate(DemoMonth.PARTNER, DemoMonth.CYCLE, Money.of(25, "USD"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoMonth.print(bill, appended, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);

        // Reference: plain BigDecimal over the stored lines, then the formula of DOMAIN.md §5.
        BigDecimal net = BigDecimal.ZERO;
        for (BillLine line : billing.lines().ofCycle(DemoMonth.PARTNER, DemoMonth.CYCLE)) {
            net = net.add(line.settlementDecimal());
        }
        BigDecimal rounded = net.setScale(2, RoundingMode.HALF_UP);
        BigDecimal due = rounded.subtract(new BigDecimal("25")).max(BigDecimal.ZERO);
        assertThat(appended).isEqualTo(300);
        assertThat(printed).contains("bill of partner P-DEMO for 2024-01 (300 lines)");
        assertThat(printed).containsPattern("Net settlement\\s+USD\\s+" + rounded.toPlainString().replace(".", "\\."));
        assertThat(printed).containsPattern("Amount due\\s+USD\\s+" + due.setScale(2).toPlainString().replace(".", "\\."));
        assertThat(printed).contains("Elastic Cloud Server", "Others (refunds, adjustments)", "C-1 (");
    }
}
