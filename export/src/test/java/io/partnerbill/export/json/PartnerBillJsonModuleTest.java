package io.partnerbill.export.json;

import static io.partnerbill.export.testing.TestLines.expenditure;
import static io.partnerbill.export.testing.TestLines.refund;
import static io.partnerbill.export.testing.TestLines.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.testing.TestLines;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

public class PartnerBillJsonModuleTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new PartnerBillJsonModule());

    public static MonthlyBill sampleBill() {
        TaxPolicy vat = request -> TaxBreakdown.of(TestLines.USD, List.of(TaxComponent.of("VAT", new BigDecimal("9"),
                request.base(), usd("1.00"))));
        PartnerBilling billing = PartnerBilling.builder().currency("USD").taxPolicy(vat).build();
        billing.lines().append(expenditure("O1", "C1", "PRD1", "10.00", "12.00").build());
        billing.lines().append(expenditure("O2", "C2", "PRD2", "3.33333333", "10.00").build());
        billing.lines().append(refund("R1", "O1", "C1", "PRD1", "-2.00", "12.00").build());
        return billing.bills().calculate(TestLines.PARTNER, TestLines.CYCLE);
    }

    @Test
    void amount_isWrittenByJavaxMoneyWithQuotedDecimalsAndItsCurrency() throws Exception {
        BillLine line = expenditure("O1", "C1", "PRD1", "12.5", "0").build();
        JsonNode json = mapper.readTree(mapper.writeValueAsString(line));
        assertThat(json.get("customerExpenditure").toString()).isEqualTo("{\"amount\":\"12.50000000\",\"currency\":\"USD\"}");
        assertThat(json.get("settlementAmount").toString()).isEqualTo("{\"amount\":\"12.50000000\",\"currency\":\"USD\"}");
        assertThat(json.get("discount").asText()).isEqualTo("0.00% off");
        assertThat(json.get("transactionTime").asText()).isEqualTo("2024-01-15T04:00:00Z");
        assertThat(json.has("originalOrderId")).isFalse();
    }

    @Test
    void line_readsBackEqual() throws Exception {
        BillLine line = refund("R1", "O1", "C1", "PRD1", "-5.00", "25.00").application("=calc").build();
        assertThat(mapper.readValue(mapper.writeValueAsString(line), BillLine.class)).isEqualTo(line);
    }

    @Test
    void line_withMissingField_isRefusedNamingIt() throws Exception {
        String json = mapper.writeValueAsString(expenditure("O1", "C1", "PRD1", "1", "0").build())
                .replace("\"orderId\":\"O1\",", "");
        assertThatThrownBy(() -> mapper.readValue(json, BillLine.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("BillLine JSON lacks the field 'orderId'");
    }

    @Test
    void line_breakingADomainRule_isRefusedWithTheDomainException() throws Exception {
        String json = mapper.writeValueAsString(expenditure("O1", "C1", "PRD1", "1", "0").build())
                .replace("\"0.00% off\"", "\"120.00% off\"");
        assertThatThrownBy(() -> mapper.readValue(json, BillLine.class))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Discount must be from 0.00 to less than 100.00 percent off, was '120.00% off'");
    }

    @Test
    void bill_isWrittenAsItsDocumentAndReadsBackEqual() throws Exception {
        MonthlyBill bill = sampleBill();
        String json = mapper.writeValueAsString(bill);
        JsonNode tree = mapper.readTree(json);
        assertThat(tree.get("netSettlement").toString()).isEqualTo("{\"amount\":\"10.04\",\"currency\":\"USD\"}");
        assertThat(tree.get("amountDue").toString()).isEqualTo("{\"amount\":\"11.04\",\"currency\":\"USD\"}");
        assertThat(tree.at("/tax/components/0/name").asText()).isEqualTo("VAT");
        assertThat(tree.at("/byProduct/rows").size()).isEqualTo(2);
        assertThat(tree.at("/byCustomer/rows/0/customer").asText()).isEqualTo("C1");
        BillDocument back = mapper.readValue(json, BillDocument.class);
        assertThat(back).isEqualTo(BillDocument.of(bill));
        assertThat(back.netSettlement()).isEqualTo(bill.netSettlement());
        assertThat(back.tax()).isEqualTo(bill.tax());
    }

    @Test
    void jsonExporter_writesBillAndDetails() throws Exception {
        MonthlyBill bill = sampleBill();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = Exporter.json().writeBill(bill, out);
        assertThat(mapper.readValue(out.toByteArray(), BillDocument.class)).isEqualTo(BillDocument.of(bill));
        assertThat(rows).isEqualTo(1 + 2 + 2);

        ByteArrayOutputStream details = new ByteArrayOutputStream();
        List<BillLine> lines = List.of(expenditure("O1", "C1", "PRD1", "1", "0").build(),
                expenditure("O2", "C1", "PRD1", "2", "0").build());
        assertThat(Exporter.json().writeLines(lines.iterator(), ExportContext.defaults(), details)).isEqualTo(2);
        assertThat(List.of(mapper.readValue(details.toByteArray(), BillLine[].class))).isEqualTo(lines);
    }
}
