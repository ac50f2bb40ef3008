package com.example.billing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.MonthlyBill;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Runs the service once: places one order per fee given as an argument in March 2024, issues the
 * reseller's March bill, sends it through JSON and back, and prints it with its CSV. The database
 * comes from PARTNERBILL_PG_URL, _USER, _PASSWORD (and SERVICE_DB_SCHEMA, a schema to work in).
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the service.
     *
     * @param args the fees of the orders, in SGD
     * @throws Exception if the run fails
     */
    public static void main(String[] args) throws Exception {
        // Moneta (under partnerbill) logs through java.util.logging: hand that to slf4j, where
        // simplelogger.properties sets what is printed, before anything touches an amount.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();

        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(System.getenv("PARTNERBILL_PG_URL"));
        config.setUsername(System.getenv("PARTNERBILL_PG_USER"));
        config.setPassword(System.getenv("PARTNERBILL_PG_PASSWORD"));
        String schema = System.getenv("SERVICE_DB_SCHEMA");
        if (schema != null) {
            config.setSchema(schema);
        }
        config.setMaximumPoolSize(4);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            BillingService service = BillingService.start(pool);
            PartnerId partner = PartnerId.of("P-1");
            CustomerId customer = CustomerId.of("C-1");
            Instant march10 = Instant.parse("2024-03-10T02:00:00Z");
            service.openReseller(partner, customer, march10);
            for (int i = 0; i < args.length; i++) {
                service.placeOrder(partner, customer, OrderId.of("O-" + (i + 1)), new BigDecimal(args[i]),
                        march10.plusSeconds(3600L * i));
            }
            // 5 April, 12:00 in Beijing: the first moment March's bill may be issued.
            IssuedBill bill = service.issueBill(partner, BillCycle.of(2024, 3), Instant.parse("2024-04-05T04:00:00Z"));
            // JSON as a service's web layer would write it: a mapper that finds its modules, none named here.
            ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
            String issuedJson = mapper.writeValueAsString(bill);
            String billJson = mapper.writeValueAsString(bill.bill());
            boolean same = mapper.readValue(issuedJson, IssuedBill.class).equals(bill)
                    && mapper.readValue(billJson, MonthlyBill.class).equals(bill.bill());
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            long rows = service.exportCsv(bill, csv);
            System.out.println("module " + Main.class.getModule().getName());
            System.out.println("invoice " + bill.invoiceNumber());
            System.out.println("due " + bill.amountDue());
            System.out.println("jackson " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
            System.out.println("json read back equal " + same);
            System.out.println("json amountDue " + mapper.readTree(issuedJson).get("amountDue"));
            System.out.println("csv rows " + rows);
            System.out.print(csv.toString(StandardCharsets.UTF_8));
        }
    }
}
