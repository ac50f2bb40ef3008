package io.partnerbill.export.invoice;

import static io.partnerbill.export.testing.TestLines.CYCLE;
import static io.partnerbill.export.testing.TestLines.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.export.testing.InvoiceMonths;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaxInvoiceTest {


    @Test
    void ofBill_linesAreTheByProductViewWithOthersAndRounding_andTotalsAreTheBills() {
        PartnerBilling billing = InvoiceMonths.billing();
        IssuedBill bill = InvoiceMonths.issue(billing);

        TaxInvoice invoice = TaxInvoice.of(bill, InvoiceMonths.parties("Karnataka Cloud Partners"), BillingCalendar.BEIJING);

        // Worked out in InvoiceMonths' comment.
        assertThat(invoice.lines()).extracting(InvoiceLine::description, l -> InvoiceMonths.plain(l.amount()))
                .containsExactly(tuple("Product PRD1", "880.00"), tuple("Product PRD2", "300.00"),
                        tuple("Product PRD3", "0.01"), tuple(TaxInvoice.OTHERS, "-83.00"),
                        tuple(TaxInvoice.ROUNDING, "-0.01"));
        assertThat(InvoiceMonths.plain(invoice.lineTotal())).isEqualTo("1097.00");
        assertThat(InvoiceMonths.plain(invoice.coupons())).isEqualTo("100.00");
        assertThat(invoice.taxes()).extracting(TaxComponent::name, t -> InvoiceMonths.plain(t.amount()), t -> InvoiceMonths.plain(t.base()))
                .containsExactly(tuple("CGST", "98.73", "1097.00"), tuple("SGST", "98.73", "1097.00"));
        assertThat(InvoiceMonths.plain(invoice.taxTotal())).isEqualTo("197.46");
        assertThat(InvoiceMonths.plain(invoice.amountDue())).isEqualTo("1194.46").isEqualTo(InvoiceMonths.plain(bill.amountDue()));
        assertThat(invoice.lines().stream().map(l -> ExactMoney.decimal(l.amount())).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(ExactMoney.decimal(bill.bill().netSettlement()));
        // Issued on 2024-02-05 at 12:00 in Beijing; the period is January, both ends inclusive.
        assertThat(invoice.number()).isEqualTo(bill.invoiceNumber());
        assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(invoice.periodStart()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(invoice.periodEnd()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(invoice.issuer().taxId()).contains(InvoiceMonths.OPERATOR_GSTIN);
        assertThat(invoice.recipient().name()).isEqualTo("Karnataka Cloud Partners");
        // India: place of supply from the recipient's GSTIN, SAC on every line, words, no reverse charge.
        assertThat(invoice.placeOfSupply()).contains("29 (Karnataka)");
        assertThat(invoice.lines()).allSatisfy(l -> assertThat(l.serviceCode()).contains("998315"));
        assertThat(invoice.amountDueInWords())
                .contains("USD One Thousand One Hundred Ninety-Four and Forty-Six Cents Only");
        assertThat(invoice.reverseCharge()).isFalse();
    }

    @Test
    void ofStatement_theResellerInvoicesItsCustomerAtTheCustomersPrice() {
        PartnerBilling billing = InvoiceMonths.billing();
        InvoiceMonths.issue(billing);
        IssuedStatement statement = billing.statements().issued(InvoiceMonths.C1, CYCLE).orElseThrow();

        TaxInvoice invoice = TaxInvoice.of(statement, InvoiceMonths.parties("Karnataka Cloud Partners"),
                BillingCalendar.BEIJING);

        assertThat(invoice.issuer().name()).isEqualTo("Karnataka Cloud Partners");
        assertThat(invoice.recipient().name()).isEqualTo(InvoiceMonths.CJK);
        assertThat(invoice.number()).isEqualTo(statement.number());
        assertThat(invoice.lines()).extracting(InvoiceLine::description, l -> InvoiceMonths.plain(l.amount()))
                .containsExactly(tuple("Product PRD1", "1100.00"), tuple("Product PRD2", "366.66"),
                        tuple(TaxInvoice.OTHERS, "-104.50"));
        assertThat(InvoiceMonths.plain(invoice.lineTotal())).isEqualTo("1362.16");
        assertThat(invoice.taxes()).extracting(t -> InvoiceMonths.plain(t.amount())).containsExactly("122.59", "122.59");
        assertThat(InvoiceMonths.plain(invoice.amountDue())).isEqualTo("1607.34").isEqualTo(InvoiceMonths.plain(statement.statement().amountDue()));
        // A recipient without a GSTIN: the place of supply is its country.
        assertThat(invoice.placeOfSupply()).contains("JP");
    }

    @Test
    void reverseCharge_isAZeroRatedComponentForThatReason() {
        PartnerBilling billing = PartnerBilling.builder().currency("USD")
                .taxPolicy(r -> io.partnerbill.core.tax.TaxBreakdown.of(r.base().getCurrency(),
                        List.of(TaxComponent.zeroRated("VAT", r.base(), "reverse charge"))))
                .build();
        billing.lines().appendAll(List.of(io.partnerbill.export.testing.TestLines.expenditure("O1", "C1", "PRD1", "10.00",
                "0").build()));
        IssuedBill bill = InvoiceMonths.issueAtTheIssueInstant(billing);

        TaxInvoice invoice = TaxInvoice.of(bill, InvoiceParties.builder()
                .operator(InvoiceParty.of("Operator GmbH", List.of("Hauptstr. 1", "10115 Berlin"), "DE").withTaxId("DE123456789"))
                .partner(PARTNER, InvoiceParty.of("Partner SARL", List.of("1 rue de Rivoli", "75001 Paris"), "FR"))
                .build(), BillingCalendar.BEIJING);

        assertThat(invoice.reverseCharge()).isTrue();
        assertThat(invoice.placeOfSupply()).isEmpty();
        assertThat(invoice.amountDueInWords()).isEmpty();
        assertThat(invoice.lines()).allSatisfy(l -> assertThat(l.serviceCode()).isEmpty());
    }

    @Test
    void of_refusesAPartnerWithoutParty() {
        PartnerBilling billing = InvoiceMonths.billing();
        IssuedBill bill = InvoiceMonths.issue(billing);
        InvoiceParties parties = InvoiceParties.builder()
                .operator(InvoiceParty.of("Operator", List.of("Street 1"), "IN")).build();

        assertThatThrownBy(() -> TaxInvoice.of(bill, parties, BillingCalendar.BEIJING))
                .isInstanceOf(UnknownEntityException.class).hasMessage("No invoice party for partner 'P1'");
        assertThatThrownBy(() -> InvoiceParties.builder().build().operator())
                .isInstanceOf(UnknownEntityException.class)
                .hasMessage("No invoice party for the operator: set InvoiceParties.builder().operator(..)");
        assertThatThrownBy(() -> parties.customer(CustomerId.of("C9")))
                .isInstanceOf(UnknownEntityException.class).hasMessage("No invoice party for customer 'C9'");
    }

    static Stream<Arguments> badParties() {
        return Stream.of(
                Arguments.of(" ", List.of("Street 1"), "IN", "Invoice party name must not be blank, was ' '"),
                Arguments.of("Acme", List.of(), "IN", "Address of invoice party 'Acme' needs one or more non-blank lines, was []"),
                Arguments.of("Acme", List.of("Street 1", ""), "IN",
                        "Address of invoice party 'Acme' needs one or more non-blank lines, was [Street 1, ]"),
                Arguments.of("Acme", List.of("Street 1"), "India", "Country of invoice party 'Acme' must be an ISO 3166-1 "
                        + "alpha-2 code such as 'IN', was 'India'"),
                Arguments.of("Acme", List.of("Street 1"), "in", "Country of invoice party 'Acme' must be an ISO 3166-1 "
                        + "alpha-2 code such as 'IN', was 'in'"));
    }

    @ParameterizedTest
    @MethodSource("badParties")
    void party_refusesBadInputNamingIt(String name, List<String> address, String country, String message) {
        assertThatThrownBy(() -> InvoiceParty.of(name, address, country))
                .isInstanceOf(InvalidValueException.class).hasMessage(message);
    }

    @Test
    void party_refusesBlankTaxIdAndRegion_andParties_aBadServiceCode() {
        InvoiceParty acme = InvoiceParty.of("Acme", List.of("Street 1"), "IN");
        assertThatThrownBy(() -> acme.withTaxId(""))
                .isInstanceOf(InvalidValueException.class).hasMessage("Tax id of invoice party 'Acme' must not be blank, was ''");
        assertThatThrownBy(() -> acme.withRegion(" "))
                .isInstanceOf(InvalidValueException.class).hasMessage("Region of invoice party 'Acme' must not be blank, was ' '");
        assertThatThrownBy(() -> InvoiceParties.builder().serviceCode("99831"))
                .isInstanceOf(InvalidValueException.class).hasMessage("Service code (SAC) must be six digits, was '99831'");
    }
}
