package io.partnerbill.jdbc;

import io.partnerbill.core.Issuer;
import io.partnerbill.core.store.InvoiceCounterStore;
import java.util.Objects;

/**
 * {@link InvoiceCounterStore} on table {@code pb_invoice_counter} (schema version 12, V12__invoice_counters.sql): one row per issuer
 * and counter. The increment locks the row until the transaction ends, so concurrent issues of the
 * same counter serialize there and a rollback takes the number back.
 */
final class JdbcInvoiceCounterStore implements InvoiceCounterStore {

    private static final String INSERT = "INSERT INTO pb_invoice_counter (issuer, counter_name, last_number) VALUES (?, ?, 0)";
    private static final String INCREMENT = "UPDATE pb_invoice_counter SET last_number = last_number + 1 "
            + "WHERE issuer = ? AND counter_name = ?";
    private static final String SELECT = "SELECT last_number FROM pb_invoice_counter WHERE issuer = ? AND counter_name = ?";

    private final Transactions tx;

    JdbcInvoiceCounterStore(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public long next(Issuer issuer, String counter) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(counter, "counter");
        Sql.Binder key = s -> {
            s.setString(1, issuer.toString());
            s.setString(2, counter);
        };
        return tx.run("take the next number of counter '" + counter + "' of issuer '" + issuer + "'", (c, dialect) -> {
            // The first issue of a series creates its row; a racing one finds it made (or waits for it).
            if (Sql.update(c, INCREMENT, key) == 0) {
                Sql.insertUnlessDuplicate(c, dialect, INSERT, key);
                Sql.update(c, INCREMENT, key);
            }
            Long last = Sql.queryOne(c, SELECT, key, row -> row.getLong(1));
            return Objects.requireNonNull(last, "counter row");
        });
    }
}
