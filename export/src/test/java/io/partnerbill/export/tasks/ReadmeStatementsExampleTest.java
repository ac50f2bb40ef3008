package io.partnerbill.export.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BilledParty;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillStatus;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentMethod;
import io.partnerbill.core.pricing.MarginReport;
import io.partnerbill.core.pricing.PriceScope;
import io.partnerbill.core.pricing.Repricing;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.export.testing.TestLines;
import io.partnerbill.testkit.MutableClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code that README.md and docs/statements.md show, compiled and run. */
class ReadmeStatementsExampleTest {

    @TempDir
    Path dir;

    private static MonetaryAmount usd(String amount) {
        return TestLines.usd(amount);
    }

    /** Stands in for the reseller's own tax policy (a RegionTaxPolicy in production): 10 % VAT. */
    private static final TaxPolicy RESELLER_TAX = r -> TaxBreakdown.of(TestLines.USD, List.of(TaxComponent.of("VAT",
            BigDecimal.TEN, r.base(), usd(ExactMoney.decimal(r.base()).multiply(new BigDecimal("0.1"))
                    .setScale(2, RoundingMode.HALF_UP).toPlainString()))));

    @Test
    void setPrices_issueStatementWithTax_collect_margin_export() {
        MutableClock clock = new MutableClock(Instant.parse("2023-12-20T00:00:00Z")); // December: January is ahead
        TaxPolicy resellerTax = RESELLER_TAX;

        // --- README: customer statements and margin
        PartnerBilling billing = PartnerBilling.builder().currency("USD").clock(clock)
                .customerTaxPolicy(resellerTax)        // the tax the reseller charges its customers
                .build();
        PartnerId reseller = PartnerId.of("P1");
        CustomerId customer = CustomerId.of("C1");
        BillCycle january = BillCycle.of(2024, 1);

        // Prices apply from a future cycle; the most specific rule wins (customer+product > customer > product > all).
        billing.prices().set(reseller, PriceScope.allCustomers(), Repricing.markup("5.00"), january);
        billing.prices().set(reseller, PriceScope.product(ProductId.of("PRD2")), Repricing.fixedPrice(usd("50.00")), january);

        billing.lines().appendAll(List.of(                   // January's orders: list 100.00 and 40.00
                TestLines.expenditure("O1", "C1", "PRD1", "100.00", "12.00").build(),
                TestLines.expenditure("O2", "C1", "PRD2", "40.00", "12.00").build()));

        clock.set(billing.calendar().issueInstant(january)); // 5 Feb 12:00 Beijing
        billing.bills().issue(reseller, january);           // the operator's bill first: its lines are final
        IssuedStatement statement = billing.statements().issue(reseller, customer, january);
        System.out.println(statement.number() + " " + statement.statement()); // CS-2024-000001: 105.00 + 50.00, VAT 15.50

        billing.statements().collect(new Payment(PaymentReference.of("CP-1"), BilledParty.customer(reseller, customer),
                usd("170.50"), clock.instant(), PaymentMethod.BANK_TRANSFER));

        MarginReport margin = billing.margins().report(reseller, january);
        margin.byProduct().forEach(System.out::println);     // PRD1 105.00 - 88.00; PRD2 50.00 - 35.20
        System.out.println(margin);                          // revenue 155.00, cost 123.20 (= the bill), margin 31.80

        ExportService exports = ExportService.builder().billing(billing).sink(ExportSink.localDirectory(dir))
                .executor(Runnable::run).build();
        ExportTask csv = exports.submit(ExportRequest.statements(reseller, january, "csv"));
        ExportTask xlsx = exports.submit(ExportRequest.margin(reseller, january, "xlsx"));
        // --- end of README

        assertThat(statement.number()).isEqualTo("CS-2024-000001");
        assertThat(ExactMoney.decimal(statement.statement().subtotal())).isEqualByComparingTo("155.00");
        assertThat(ExactMoney.decimal(statement.statement().tax().total())).isEqualByComparingTo("15.50");
        assertThat(billing.statements().issued(customer, january).orElseThrow().status()).isEqualTo(BillStatus.PAID);
        assertThat(ExactMoney.decimal(margin.margin())).isEqualByComparingTo("31.80");   // 155.00 - 123.20
        assertThat(ExactMoney.decimal(margin.cost())).isEqualByComparingTo("123.20");
        assertThat(csv.status()).isEqualTo(ExportStatus.COMPLETED);
        assertThat(xlsx.status()).isEqualTo(ExportStatus.COMPLETED);
        assertThat(exports.history(reseller)).extracting(ExportTask::kind)
                .containsExactly(ExportKind.MARGIN, ExportKind.STATEMENTS);
    }
}
