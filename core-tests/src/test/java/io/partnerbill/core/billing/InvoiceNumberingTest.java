package io.partnerbill.core.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.InvoiceNumbering;
import io.partnerbill.core.bill.InvoiceSeries;
import io.partnerbill.testkit.MutableClock;
import java.time.Instant;
import java.time.Month;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The facade's numbering: which series an issue lands in, and the per-partner default. */
class InvoiceNumberingTest {

    private static final BillCycle FEBRUARY = BillCycle.of(2025, 2);
    private static final BillCycle NOVEMBER = BillCycle.of(2024, 11);

    static Stream<Arguments> issueInstants() {
        return Stream.of(
                // The billing zone (Beijing, UTC+8) dates the invoice: 16:00 UTC on 31 March is 1 April there.
                Arguments.of(FEBRUARY, "2025-03-31T15:59:59Z", "INV-2024-25-0001"),
                Arguments.of(FEBRUARY, "2025-03-31T16:00:00Z", "INV-2025-26-0001"),
                // The cycle billed does not: November's bill issued after New Year is still in 2024-25.
                Arguments.of(NOVEMBER, "2024-12-31T15:59:59Z", "INV-2024-25-0001"),
                Arguments.of(NOVEMBER, "2024-12-31T16:00:00Z", "INV-2024-25-0001"));
    }

    @ParameterizedTest
    @MethodSource("issueInstants")
    void issue_numbersInTheFinancialYearOfTheInvoiceDateInTheBillingZone(BillCycle cycle, String at, String expected) {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").clock(new MutableClock(Instant.parse(at)))
                .invoiceNumbering(InvoiceNumbering.perIssuer(InvoiceSeries.financialYear("INV", 4, Month.APRIL),
                        InvoiceSeries.calendarYear("CS", 6)))
                .build();
        assertThat(billing.bills().issue(PartnerId.of("P-1"), cycle).invoiceNumber()).isEqualTo(expected);
    }

    @Test
    void issue_acrossTheYearBoundaryStartsTheNewYearAtOne() {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-31T15:59:59Z"));
        PartnerBilling billing = PartnerBilling.builder().currency("USD").clock(clock)
                .invoiceNumbering(InvoiceNumbering.perIssuer(InvoiceSeries.financialYear("INV", 4, Month.APRIL),
                        InvoiceSeries.calendarYear("CS", 6)))
                .build();
        assertThat(billing.bills().issue(PartnerId.of("P-1"), FEBRUARY).invoiceNumber()).isEqualTo("INV-2024-25-0001");
        assertThat(billing.bills().issue(PartnerId.of("P-2"), FEBRUARY).invoiceNumber()).isEqualTo("INV-2024-25-0002");
        clock.set(Instant.parse("2025-03-31T16:00:00Z"));
        assertThat(billing.bills().issue(PartnerId.of("P-3"), FEBRUARY).invoiceNumber()).isEqualTo("INV-2025-26-0001");
        assertThat(billing.bills().issue(PartnerId.of("P-1"), BillCycle.of(2025, 1)).invoiceNumber())
                .isEqualTo("INV-2025-26-0002");
    }

    @Test
    void theDefaultStaysOneSequencePerPartner() {
        PartnerBilling billing = PartnerBilling.builder().currency("USD")
                .clock(new MutableClock(Instant.parse("2025-03-10T00:00:00Z"))).build();
        // Unique per partner only: the reason to choose invoiceNumbering(..) where tax law counts per issuer.
        assertThat(billing.bills().issue(PartnerId.of("P-1"), FEBRUARY).invoiceNumber()).isEqualTo("PB-2025-000001");
        assertThat(billing.bills().issue(PartnerId.of("P-2"), FEBRUARY).invoiceNumber()).isEqualTo("PB-2025-000001");
        assertThat(billing.bills().issue(PartnerId.of("P-1"), BillCycle.of(2025, 1)).invoiceNumber())
                .isEqualTo("PB-2025-000002");
    }
}
