package io.partnerbill.jdbc;

import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.reseller.ApplicationStatus;
import io.partnerbill.core.reseller.Reseller;
import io.partnerbill.core.reseller.ResellerAgreement;
import io.partnerbill.core.reseller.StatusChange;
import io.partnerbill.core.store.ResellerStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link ResellerStore} on tables {@code pb_reseller} and {@code pb_reseller_status} (schema
 * V006). A reseller's history only grows: {@link #update} appends the new steps. Reading a
 * reseller takes no lock (every order reads its reseller; locking would serialize them all);
 * instead {@code update} locks the row and refuses a version whose history does not extend the
 * stored one, which is what a concurrent update of the same reseller in another transaction
 * leaves behind, so that no decision is lost.
 */
final class JdbcResellerStore implements ResellerStore {

    private static final String COLUMNS = "partner_id, name, agreement_version, agreement_at, agreement_nanos, status";
    private static final String HISTORY_COLUMNS = "partner_id, seq_no, status, changed_at, changed_nanos, reason";

    private final Transactions tx;

    JdbcResellerStore(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Reseller reseller) {
        Objects.requireNonNull(reseller, "reseller");
        boolean inserted = tx.run("insert reseller '" + reseller.partner() + "'", (c, dialect) -> {
            if (!Sql.insertUnlessDuplicate(c, dialect, "INSERT INTO pb_reseller (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                    s -> bind(s, reseller))) {
                return false;
            }
            insertHistory(c, reseller, 0);
            return true;
        });
        if (!inserted) {
            throw new DuplicateKeyException("Reseller '" + reseller.partner() + "' is enrolled already");
        }
    }

    @Override
    public void update(Reseller reseller) {
        Objects.requireNonNull(reseller, "reseller");
        tx.runOrNull("update reseller '" + reseller.partner() + "'", (c, dialect) -> {
            // The UPDATE locks the row until the transaction ends: concurrent updates of this reseller queue here.
            int rows = Sql.update(c, "UPDATE pb_reseller SET partner_id = ?, name = ?, agreement_version = ?, agreement_at = ?, "
                    + "agreement_nanos = ?, status = ? WHERE partner_id = ?", s -> {
                        bind(s, reseller);
                        s.setString(7, reseller.partner().value());
                    });
            if (rows == 0) {
                throw new UnknownEntityException("Unknown reseller '" + reseller.partner() + "'");
            }
            List<StatusChange> stored = storedHistory(c, reseller.partner());
            List<StatusChange> wanted = reseller.history();
            if (stored.size() > wanted.size() || !wanted.subList(0, stored.size()).equals(stored)) {
                throw new StoreException("update reseller '" + reseller.partner() + "'", "its stored history " + stored
                        + " is not the start of the new version's " + wanted
                        + ": another transaction changed the reseller since it was read; read it again and retry", null);
            }
            insertHistory(c, reseller, stored.size());
            return null;
        });
    }

    private static void bind(PreparedStatement s, Reseller reseller) throws SQLException {
        s.setString(1, reseller.partner().value());
        s.setString(2, reseller.name());
        s.setString(3, reseller.agreement().version());
        Sql.setInstant(s, 4, reseller.agreement().acceptedAt());
        s.setString(6, reseller.status().name());
    }

    private static List<StatusChange> storedHistory(Connection c, PartnerId partner) throws SQLException {
        return Sql.query(c, "SELECT status, changed_at, changed_nanos, reason FROM pb_reseller_status WHERE partner_id = ? "
                + "ORDER BY seq_no", s -> s.setString(1, partner.value()),
                r -> new StatusChange(ApplicationStatus.valueOf(r.getString("status")), Sql.instant(r, "changed"),
                        r.getString("reason")));
    }

    private static void insertHistory(Connection c, Reseller reseller, int from) throws SQLException {
        List<StatusChange> history = reseller.history();
        if (from >= history.size()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO pb_reseller_status (" + HISTORY_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = from; i < history.size(); i++) {
                StatusChange change = history.get(i);
                s.setString(1, reseller.partner().value());
                s.setInt(2, i);
                s.setString(3, change.status().name());
                Sql.setInstant(s, 4, change.at());
                s.setString(6, change.reason());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Reads resellers with their histories in one statement (one snapshot), in partner order.
     *
     * @param partner one partner, or null for all
     */
    private static List<Reseller> read(Connection c, @Nullable PartnerId partner) throws SQLException {
        String sql = "SELECT r.partner_id, r.name, r.agreement_version, r.agreement_at, r.agreement_nanos, h.seq_no, "
                + "h.status, h.changed_at, h.changed_nanos, h.reason FROM pb_reseller r "
                + "JOIN pb_reseller_status h ON h.partner_id = r.partner_id "
                + (partner == null ? "" : "WHERE r.partner_id = ? ") + "ORDER BY r.partner_id, h.seq_no";
        List<Reseller> resellers = new ArrayList<>();
        PreparedStatement s = StatementCache.prepare(c, sql);
        try {
            if (partner != null) {
                s.setString(1, partner.value());
            }
            try (ResultSet r = s.executeQuery()) {
                // The reseller being read; null before the first row.
                Head current = null;
                List<StatusChange> history = new ArrayList<>();
                while (r.next()) {
                    String id = r.getString(1); // by position in the SELECT above
                    if (current == null || !id.equals(current.id())) {
                        if (current != null) {
                            resellers.add(current.reseller(history));
                        }
                        current = new Head(id, r.getString(2), ResellerAgreement.accepted(r.getString(3), Sql.instant(r, 4)));
                        history = new ArrayList<>();
                    }
                    history.add(new StatusChange(ApplicationStatus.valueOf(r.getString(7)), Sql.instant(r, 8),
                            r.getString(10)));
                }
                if (current != null) {
                    resellers.add(current.reseller(history));
                }
            }
        } finally {
            StatementCache.release(c, s);
        }
        return resellers;
    }

    @Override
    public Optional<Reseller> find(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return tx.run("find reseller '" + partner + "'", (c, dialect) -> read(c, partner)).stream().findFirst();
    }

    @Override
    public List<Reseller> list() {
        List<Reseller> all = new ArrayList<>(tx.run("list resellers", (c, dialect) -> read(c, null)));
        all.sort(Comparator.comparing(Reseller::partner)); // Java's order, whatever the database's collation
        return List.copyOf(all);
    }

    /** The columns a reseller's rows share. */
    private record Head(String id, String name, ResellerAgreement agreement) {

        Reseller reseller(List<StatusChange> history) {
            return Reseller.of(PartnerId.of(id), name, agreement, history);
        }
    }
}
