package io.partnerbill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CouponId;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.payment.Coupon;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.export.invoice.TaxInvoice;
import io.partnerbill.export.pdf.PdfInvoiceWriter;
import io.partnerbill.export.ubl.UblInvoiceWriter;
import io.partnerbill.jdbc.JdbcBillingStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;

/**
 * The same month simulated on the in-memory store and on the JDBC store (HSQLDB) gives
 * byte-identical invoices: the bill's PDF and UBL, and a customer statement's. One month of 300
 * orders (seed 7) per store and run, 4 files compared (docs/reliability.md).
 */
class InvoiceStoresTest {

    private static final BillCycle CYCLE = BillCycle.of(2024, 5);
    private static final CustomerId CUSTOMER = CustomerId.of("c-aarav");

    /** The bill's PDF, the bill's UBL, the statement's PDF and the statement's UBL of a simulated month. */
    private static List<byte[]> invoices(BillingStore store) throws IOException {
        DemoClock clock = new DemoClock(Instant.parse("2024-04-01T00:00:00Z"));
        PartnerBilling billing = PartnerBilling.builder().currency(DemoWorld.CURRENCY).store(store)
                .taxPolicy(DemoWorld.taxPolicy()).clock(clock).build();
        clock.set(billing.calendar().start(CYCLE));
        DemoWorld.setUp(billing, CYCLE);
        new DemoSimulation(billing, 7, 1).run(CYCLE, 300, new Progress(new PrintWriter(new StringWriter()), "orders", 300,
                false));
        Instant from = billing.calendar().start(CYCLE);
        billing.coupons().grant(Coupon.of(CouponId.of("CP-1"), DemoWorld.PARTNER, DemoWorld.inr(BigDecimal.valueOf(5_000)),
                from, from.plus(Duration.ofDays(60))));
        clock.set(billing.calendar().issueInstant(CYCLE));
        List<TaxInvoice> docs = List.of(
                TaxInvoice.of(billing.bills().issue(DemoWorld.PARTNER, CYCLE), DemoWorld.invoiceParties(),
                        billing.calendar().zone()),
                TaxInvoice.of(billing.statements().issue(DemoWorld.PARTNER, CUSTOMER, CYCLE), DemoWorld.invoiceParties(),
                        billing.calendar().zone()));
        List<byte[]> files = new ArrayList<>();
        for (TaxInvoice doc : docs) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PdfInvoiceWriter.of().write(doc, pdf);
            files.add(pdf.toByteArray());
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            UblInvoiceWriter.of().write(doc, xml);
            files.add(xml.toByteArray());
        }
        return files;
    }

    @Test
    void theSameInvoiceFromTheInMemoryAndTheJdbcStoreIsByteIdentical() throws IOException {
        JDBCDataSource dataSource = new JDBCDataSource();
        // PostgreSQL syntax, as the demo database uses it (TEXT columns).
        dataSource.setURL("jdbc:hsqldb:mem:invoice-stores;hsqldb.tx=mvlocks;sql.syntax_pgs=true");
        dataSource.setUser("SA");
        dataSource.setPassword("");
        JdbcBillingStore jdbc = JdbcBillingStore.create(dataSource);
        jdbc.migrate();

        List<byte[]> inMemory = invoices(BillingStore.inMemory());
        List<byte[]> fromJdbc = invoices(jdbc);

        assertThat(fromJdbc).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(fromJdbc.get(i)).as("file %d", i).isEqualTo(inMemory.get(i));
        }
        // Not trivially equal: a real invoice with the month's amount due in it.
        assertThat(new String(inMemory.get(1), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<cbc:Note>Place of supply: 29 (Karnataka)</cbc:Note>", "PayableAmount currencyID=\"INR\"");
    }
}
