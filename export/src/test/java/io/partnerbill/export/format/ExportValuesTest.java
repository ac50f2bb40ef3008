package io.partnerbill.export.format;

import static io.partnerbill.export.testing.TestLines.CYCLE;
import static io.partnerbill.export.testing.TestLines.PARTNER;
import static io.partnerbill.export.testing.TestLines.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.export.importing.Difference;
import io.partnerbill.export.importing.StatedTotals;
import io.partnerbill.export.json.PartnerBillJsonModuleTest;
import io.partnerbill.export.tasks.ExportRequest;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The small values of the export API: requests, contexts, totals, differences (task values: core). */
class ExportValuesTest {

    // ---- ExportRequest

    @Test
    void request_defaultsToOneHundredThousandRowsAndNoZip() {
        ExportRequest request = ExportRequest.billDetails(PARTNER, CYCLE, "CSV");
        assertThat(request.format()).isEqualTo("csv");
        assertThat(request.kind()).isEqualTo(ExportKind.BILL_DETAILS);
        assertThat(request.maxRowsPerFile()).isEqualTo(100_000);
        assertThat(request.zip()).isFalse();
        assertThat(request.withZip(true).withMaxRowsPerFile(5).toString())
                .isEqualTo("ExportRequest[BILL_DETAILS P1 2024-01 csv, max 5 rows per file, zip]");
        assertThat(ExportRequest.bill(PARTNER, CYCLE, "json")).isEqualTo(ExportRequest.of(ExportKind.BILL, PARTNER, CYCLE, "JSON"));
    }

    @Test
    void request_refusesBadValues() {
        assertThatThrownBy(() -> ExportRequest.billDetails(PARTNER, CYCLE, " "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Export format must not be blank, was ' '");
        assertThatThrownBy(() -> ExportRequest.billDetails(PARTNER, CYCLE, "csv").withMaxRowsPerFile(0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Rows per file must be at least 1, was '0'");
    }

    // ---- ExportContext and NameDirectory

    @Test
    void context_refusesAProgressIntervalBelowOne() {
        assertThatThrownBy(() -> ExportContext.defaults().withProgressInterval(0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Progress interval must be at least 1 row, was '0'");
        assertThat(ExportContext.defaults().progressInterval()).isEqualTo(10_000);
    }

    @Test
    void nameDirectory_none_knowsNoName() {
        NameDirectory none = NameDirectory.none();
        assertThat(none.customerName(CustomerId.of("C1"))).isEmpty();
        assertThat(none.accountName(CustomerId.of("C1"))).isEmpty();
        assertThat(none.partnerName(PartnerId.of("P1"))).isEmpty();
        assertThat(none.partnerAccountName(PartnerId.of("P1"))).isEmpty();
    }

    // ---- StatedTotals, Difference, BillDocument

    @Test
    void statedTotals_refuseMixedCurrencies() {
        assertThatThrownBy(() -> StatedTotals.of(PARTNER, CYCLE, usd("1"), usd("0"), usd("0"),
                Money.of(1, Monetary.getCurrency("EUR"))))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Stated totals must share one currency, got USD and EUR");
    }

    @Test
    void statedTotals_ofABill_takeItsRoundedTotals() {
        MonthlyBill bill = PartnerBillJsonModuleTest.sampleBill();
        StatedTotals totals = StatedTotals.of(bill);
        assertThat(totals.netSettlement()).isEqualTo(bill.netSettlement());
        assertThat(totals.expenditures()).isEqualTo(usd("11.80"));
        assertThat(totals.refunds()).isEqualTo(usd("-1.76"));
        assertThat(totals).isEqualTo(StatedTotals.of(PARTNER, CYCLE, usd("11.80"), usd("-1.76"), usd("0"), usd("10.04")));
    }

    @Test
    void difference_inLine_refusesLineZero() {
        assertThatThrownBy(() -> Difference.inLine(0, "Settlement Amount", "1", "2"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Line number must be 1 or more, was '0'");
    }

    @Test
    void billDocument_ofABill_hasItsFigures() {
        MonthlyBill bill = PartnerBillJsonModuleTest.sampleBill();
        BillDocument doc = BillDocument.of(bill);
        assertThat(doc.amountDue()).isEqualTo(usd("11.04"));
        assertThat(doc.tax().total()).isEqualTo(usd("1.00"));
        assertThat(doc.products()).extracting(p -> p.product().value()).containsExactly("PRD1", "PRD2");
        assertThat(doc.othersRefunds()).isEqualTo(usd("-1.76"));
        assertThat(doc.customers()).extracting(c -> c.customer().value()).containsExactly("C1", "C2");
        assertThat(doc.customerTotal()).isEqualTo(usd("10.04"));
        assertThat(doc.lineCount()).isEqualTo(3);
        assertThat(doc.toString()).isEqualTo("BillDocument[P1 2024-01, 3 lines, net USD 10.04, due USD 11.04, 2 products, 2 customers]");
    }
}
