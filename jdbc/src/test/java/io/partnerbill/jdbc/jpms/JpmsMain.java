package io.partnerbill.jdbc.jpms;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.jdbc.JdbcBillingStore;
import org.h2.jdbcx.JdbcDataSource;

/** Run by {@code JpmsSmokeTest} with partnerbill-jdbc as a named module on the module path. */
public final class JpmsMain {

    private JpmsMain() {
    }

    /**
     * Migrates an in-memory H2 database and prints what it sees.
     *
     * @param args none
     */
    public static void main(String[] args) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:jpms;DB_CLOSE_DELAY=-1");
        JdbcBillingStore store = JdbcBillingStore.create(ds);
        System.out.println("module " + JdbcBillingStore.class.getModule().getName() + ", applied " + store.migrate()
                + " of " + JdbcBillingStore.schemaVersion() + ", lines "
                + store.lines().count(PartnerId.of("P-1"), BillCycle.of(2024, 1)) + ", resellers "
                + store.resellers().list().size() + ", budget of C-1 "
                + store.budgets().find(CustomerId.of("C-1")).isPresent());
    }
}
