package io.partnerbill.jdbc;

import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.testkit.BillingFixtures;
import java.util.Base64;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JVM that {@link PostgresBillSmallHeapTest} starts with a small heap: sums the stored month of
 * {@link BillingFixtures#PARTNER} on PostgreSQL as the bill path does ({@code LineStore.sumInto}) and
 * prints the accumulator's byte form in Base64 on one line.
 */
public final class SmallHeapBill {

    private SmallHeapBill() {
    }

    /**
     * Prints the month's accumulator.
     *
     * @param args the schema; the server from {@code PARTNERBILL_PG_URL}, {@code _USER}, {@code _PASSWORD}
     */
    public static void main(String[] args) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(System.getenv("PARTNERBILL_PG_URL"));
        pg.setUser(System.getenv("PARTNERBILL_PG_USER"));
        pg.setPassword(System.getenv("PARTNERBILL_PG_PASSWORD"));
        pg.setCurrentSchema(args[0]);
        BillAccumulator month = BillAccumulator.create(BillingFixtures.PARTNER, BillingFixtures.CYCLE, BillingFixtures.USD);
        JdbcBillingStore.create(pg).lines().sumInto(month);
        System.out.println(Base64.getEncoder().encodeToString(month.toByteArray()));
    }
}
