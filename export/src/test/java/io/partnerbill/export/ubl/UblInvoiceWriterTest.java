package io.partnerbill.export.ubl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.export.invoice.InvoiceParties;
import io.partnerbill.export.invoice.InvoiceParty;
import io.partnerbill.export.invoice.TaxInvoice;
import io.partnerbill.export.testing.InvoiceMonths;
import io.partnerbill.export.testing.TestLines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

class UblInvoiceWriterTest {

    static void validate(byte[] xml) throws IOException, org.xml.sax.SAXException {
        UblSchema.validate(xml);
    }

    static byte[] ubl(TaxInvoice invoice) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UblInvoiceWriter.of().write(invoice, out);
        return out.toByteArray();
    }

    private static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    /** Text of the elements whose local names are given by the path, such as "LegalMonetaryTotal/PayableAmount". */
    private static List<String> all(Document doc, String path) throws Exception {
        StringBuilder xpath = new StringBuilder("/*[local-name()='Invoice']");
        for (String step : path.split("/")) {
            xpath.append("/*[local-name()='").append(step).append("']");
        }
        NodeList nodes = (NodeList) XPATH.evaluate(xpath.toString(), doc, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static String one(Document doc, String path) throws Exception {
        List<String> texts = all(doc, path);
        assertThat(texts).as(path).hasSize(1);
        return texts.get(0);
    }



    @Test
    void write_validatesAgainstTheUbl21Schema_andItsTotalsAreTheBills() throws Exception {
        PartnerBilling billing = InvoiceMonths.billing();
        IssuedBill bill = InvoiceMonths.issue(billing);
        byte[] xml = ubl(TaxInvoice.of(bill, InvoiceMonths.parties("Karnataka Cloud Partners"), BillingCalendar.BEIJING));

        assertThatCode(() -> validate(xml)).doesNotThrowAnyException();
        Document doc = dom(xml);
        assertThat(one(doc, "CustomizationID")).isEqualTo("urn:cen.eu:en16931:2017");
        assertThat(one(doc, "ID")).isEqualTo(bill.invoiceNumber());
        assertThat(one(doc, "IssueDate")).isEqualTo("2024-02-05");
        assertThat(one(doc, "InvoiceTypeCode")).isEqualTo("380");
        assertThat(one(doc, "DocumentCurrencyCode")).isEqualTo("USD");
        assertThat(one(doc, "InvoicePeriod/StartDate")).isEqualTo("2024-01-01");
        assertThat(one(doc, "InvoicePeriod/EndDate")).isEqualTo("2024-01-31");
        assertThat(all(doc, "Note")).containsExactly("Place of supply: 29 (Karnataka)", "Tax payable on reverse charge: No",
                "Amount due in words: USD One Thousand One Hundred Ninety-Four and Forty-Six Cents Only");
        assertThat(one(doc, "AccountingSupplierParty/Party/PartyTaxScheme/CompanyID")).isEqualTo(InvoiceMonths.OPERATOR_GSTIN);
        assertThat(one(doc, "AccountingCustomerParty/Party/PartyTaxScheme/CompanyID")).isEqualTo(InvoiceMonths.PARTNER_GSTIN);
        assertThat(one(doc, "AccountingCustomerParty/Party/PostalAddress/CountrySubentity")).isEqualTo("Karnataka");
        // LegalMonetaryTotal: the bill's figures (worked out in InvoiceMonths).
        assertThat(one(doc, "LegalMonetaryTotal/LineExtensionAmount")).isEqualTo(InvoiceMonths.plain(bill.bill().netSettlement()))
                .isEqualTo("1097.00");
        assertThat(one(doc, "LegalMonetaryTotal/TaxExclusiveAmount")).isEqualTo("1097.00");
        assertThat(one(doc, "LegalMonetaryTotal/TaxInclusiveAmount")).isEqualTo("1294.46");
        assertThat(one(doc, "LegalMonetaryTotal/PrepaidAmount")).isEqualTo(InvoiceMonths.plain(bill.bill().couponsUsed())).isEqualTo("100.00");
        assertThat(one(doc, "LegalMonetaryTotal/PayableAmount")).isEqualTo(InvoiceMonths.plain(bill.amountDue())).isEqualTo("1194.46");
        // TaxTotal: one subtotal per component.
        assertThat(one(doc, "TaxTotal/TaxAmount")).isEqualTo(InvoiceMonths.plain(bill.bill().tax().total())).isEqualTo("197.46");
        assertThat(all(doc, "TaxTotal/TaxSubtotal/TaxCategory/Name")).containsExactly("CGST", "SGST");
        assertThat(all(doc, "TaxTotal/TaxSubtotal/TaxAmount")).containsExactly("98.73", "98.73");
        assertThat(all(doc, "TaxTotal/TaxSubtotal/TaxableAmount")).containsExactly("1097.00", "1097.00");
        assertThat(all(doc, "TaxTotal/TaxSubtotal/TaxCategory/Percent")).containsExactly("9", "9");
        assertThat(all(doc, "TaxTotal/TaxSubtotal/TaxCategory/ID")).containsExactly("S", "S");
        // Lines: names, SAC, and amounts adding up to LineExtensionAmount.
        assertThat(all(doc, "InvoiceLine/Item/Name")).containsExactly("Product PRD1", "Product PRD2", "Product PRD3",
                "Others (refunds and adjustments)", "Rounding");
        assertThat(all(doc, "InvoiceLine/LineExtensionAmount")).containsExactly("880.00", "300.00", "0.01", "-83.00", "-0.01");
        assertThat(all(doc, "InvoiceLine/LineExtensionAmount").stream().map(BigDecimal::new).reduce(BigDecimal.ZERO,
                BigDecimal::add)).isEqualByComparingTo("1097.00");
        assertThat(all(doc, "InvoiceLine/Item/CommodityClassification/ItemClassificationCode")).hasSize(5)
                .containsOnly("998315");
        assertThat(all(doc, "InvoiceLine/Item/ClassifiedTaxCategory/Percent")).containsOnly("18");
    }

    @Test
    void write_statementInvoice_validatesAndCarriesTheStatementsTotals() throws Exception {
        PartnerBilling billing = InvoiceMonths.billing();
        InvoiceMonths.issue(billing);
        IssuedStatement statement = billing.statements().issued(InvoiceMonths.C1, TestLines.CYCLE).orElseThrow();
        byte[] xml = ubl(TaxInvoice.of(statement, InvoiceMonths.parties("Karnataka Cloud Partners"), BillingCalendar.BEIJING));

        assertThatCode(() -> validate(xml)).doesNotThrowAnyException();
        Document doc = dom(xml);
        assertThat(one(doc, "AccountingCustomerParty/Party/PartyName/Name")).isEqualTo(InvoiceMonths.CJK);
        assertThat(one(doc, "LegalMonetaryTotal/LineExtensionAmount")).isEqualTo("1362.16");
        assertThat(one(doc, "LegalMonetaryTotal/PrepaidAmount")).isEqualTo("0.00");
        assertThat(one(doc, "LegalMonetaryTotal/PayableAmount")).isEqualTo(InvoiceMonths.plain(statement.statement().amountDue()))
                .isEqualTo("1607.34");
        assertThat(all(doc, "TaxTotal/TaxSubtotal/TaxAmount")).containsExactly("122.59", "122.59");
    }

    @ParameterizedTest
    @ValueSource(strings = {InvoiceMonths.HOSTILE, InvoiceMonths.CJK, InvoiceMonths.DEVANAGARI, "]]><x/>", "=1+2", "a\tb"})
    void write_hostileNamesAreEscapedText_andTheDocumentStaysValid(String name) throws Exception {
        byte[] xml = ubl(InvoiceMonths.billInvoice(name));

        assertThatCode(() -> validate(xml)).doesNotThrowAnyException();
        assertThat(one(dom(xml), "AccountingCustomerParty/Party/PartyName/Name")).isEqualTo(name);
        assertThat(one(dom(xml), "AccountingCustomerParty/Party/PartyLegalEntity/RegistrationName")).isEqualTo(name);
    }

    @Test
    void write_aControlCharacterXmlCannotCarryBecomesASpace() throws Exception {
        byte[] xml = ubl(InvoiceMonths.billInvoice("Acme\u0001Ltd\u0000"));

        assertThatCode(() -> validate(xml)).doesNotThrowAnyException();
        assertThat(one(dom(xml), "AccountingCustomerParty/Party/PartyName/Name")).isEqualTo("Acme Ltd ");
    }

    @Test
    void write_reverseChargeAndNoTax_haveTheirCategoryCodes() throws Exception {
        InvoiceParties parties = InvoiceParties.builder()
                .operator(InvoiceParty.of("Operator GmbH", List.of("Hauptstr. 1", "10115 Berlin"), "DE").withTaxId("DE123456789"))
                .partner(TestLines.PARTNER, InvoiceParty.of("Partner SARL", List.of("1 rue de Rivoli"), "FR")
                        .withTaxId("FR12345678901"))
                .build();
        PartnerBilling reverse = PartnerBilling.builder().currency("USD").taxPolicy(r -> TaxBreakdown.of(r.base().getCurrency(),
                List.of(TaxComponent.zeroRated("VAT", r.base(), "reverse charge")))).build();
        reverse.lines().appendAll(List.of(TestLines.expenditure("O1", "C1", "PRD1", "10.00", "0").build()));
        PartnerBilling untaxed = PartnerBilling.builder().currency("USD").build();
        untaxed.lines().appendAll(List.of(TestLines.expenditure("O1", "C1", "PRD1", "10.00", "0").build()));

        Document rc = dom(ubl(TaxInvoice.of(InvoiceMonths.issueAtTheIssueInstant(reverse), parties, BillingCalendar.BEIJING)));
        byte[] noTaxXml = ubl(TaxInvoice.of(InvoiceMonths.issueAtTheIssueInstant(untaxed), parties, BillingCalendar.BEIJING));

        assertThat(all(rc, "TaxTotal/TaxSubtotal/TaxCategory/ID")).containsExactly("AE");
        assertThat(all(rc, "TaxTotal/TaxSubtotal/TaxCategory/TaxExemptionReason")).containsExactly("reverse charge");
        assertThat(all(rc, "Note")).isEmpty();
        assertThatCode(() -> validate(noTaxXml)).doesNotThrowAnyException();
        assertThat(all(dom(noTaxXml), "TaxTotal/TaxSubtotal/TaxCategory/ID")).containsExactly("O");
        assertThat(one(dom(noTaxXml), "LegalMonetaryTotal/PayableAmount")).isEqualTo("10.00");
    }

    @Test
    void schema_catchesAnInvoiceOutOfOrder() {
        // The validator is not a rubber stamp: IssueDate before ID breaks the UBL sequence.
        String bad = "<Invoice xmlns='urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'"
                + " xmlns:cbc='urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2'>"
                + "<cbc:IssueDate>2024-02-05</cbc:IssueDate><cbc:ID>X</cbc:ID></Invoice>";
        assertThatThrownBy(() -> validate(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("Invalid content was found starting with element").hasMessageContaining(":IssueDate}");
    }

    @Test
    void write_theSameInvoiceGivesTheSameBytes() throws IOException {
        assertThat(ubl(InvoiceMonths.billInvoice(InvoiceMonths.CJK))).isEqualTo(ubl(InvoiceMonths.billInvoice(InvoiceMonths.CJK)));
    }
}
