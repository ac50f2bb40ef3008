package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.OrderType;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The README's JDBC example: bills kept in the user's database survive a restart. */
class ReadmeJdbcExampleTest {

    @Test
    void billsSurviveARestart() {
        String url = TestDatabases.h2FileUrl(TestDatabases.h2Directory().resolve("readme-" + UUID.randomUUID()));
        PartnerId partner = PartnerId.of("P-1");
        BillCycle january = BillCycle.parse("2024-01");
        Clock clock = Clock.fixed(Instant.parse("2024-02-05T04:00:00Z"), ZoneOffset.UTC); // 12:00 Beijing, 5 Feb
        // --- README jdbc begins
        HikariDataSource dataSource = new HikariDataSource(hikari(url));   // HikariCP: a pool, as a service runs it
        JdbcBillingStore store = JdbcBillingStore.create(dataSource);
        store.migrate();                                  // creates or upgrades the pb_* tables; then a no-op
        PartnerBilling billing = PartnerBilling.builder().store(store).currency("USD").clock(clock).build();
        billing.lines().append(BillLine.builder()
                .cycle(january).partner(partner).customer(CustomerId.of("C-1"))
                .billType(BillType.EXPENDITURE).orderType(OrderType.NEW_PURCHASE).orderId(OrderId.of("CS0001"))
                .product(ProductId.of("PRD-ECS")).productName("Elastic Cloud Server").productType("Common products")
                .regionCode("ap-southeast-1").transactionTime(Instant.parse("2024-01-10T02:00:00Z"))
                .customerExpenditure(Money.of(250, "USD")).settleAtDiscount()
                .build());
        IssuedBill bill = billing.bills().issue(partner, january);   // one transaction: bill, coupons, credit
        dataSource.close();                                          // the service stops

        HikariDataSource reopened = new HikariDataSource(hikari(url));         // ... and starts again
        JdbcBillingStore again = JdbcBillingStore.create(reopened);
        again.migrate();
        PartnerBilling restarted = PartnerBilling.builder().store(again).currency("USD").clock(clock).build();
        IssuedBill read = restarted.bills().issued(partner, january).orElseThrow();
        System.out.println(read.invoiceNumber() + " due " + read.amountDue());     // PB-2024-000001 due USD 250
        // --- README jdbc ends
        reopened.close();

        assertThat(read).isEqualTo(bill);
        assertThat(read.invoiceNumber()).isEqualTo("PB-2024-000001");
        assertThat(read.amountDue()).isEqualTo(Money.of(250, "USD"));
        assertThat(read.bill().lineCount()).isEqualTo(1);
    }

    /** The pool's settings: the README leaves them to the service. */
    private static HikariConfig hikari(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        return config;
    }
}
