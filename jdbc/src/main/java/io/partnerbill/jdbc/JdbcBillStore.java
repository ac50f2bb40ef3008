package io.partnerbill.jdbc;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillId;
import io.partnerbill.core.CouponId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.bill.CouponUse;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.store.BillStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link BillStore} on tables {@code pb_bill} and {@code pb_bill_coupon_use} (schema V003). The
 * computed bill is kept as its {@link MonthlyBill#snapshot()} and never recomputed from lines.
 * Inside a transaction, reading a bill locks it until the transaction ends; the cycle locks
 * are rows of {@code pb_cycle_lock} (schema V010, see {@link Locks}).
 */
final class JdbcBillStore implements BillStore {

    private static final String SELECT = "SELECT id, invoice_number, issued_at, issued_nanos, currency, credit_applied, "
            + "paid, snapshot FROM pb_bill ";

    private final Transactions tx;

    JdbcBillStore(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(IssuedBill bill) {
        Objects.requireNonNull(bill, "bill");
        String snapshot = bill.bill().snapshot();
        tx.runOrNull("insert bill '" + bill.id() + "'", (c, dialect) -> {
            refuseDuplicate(c, bill);
            boolean inserted = Sql.insertUnlessDuplicate(c, dialect, "INSERT INTO pb_bill (id, partner_id, bill_cycle, "
                    + "invoice_number, issued_at, issued_nanos, currency, amount_due, credit_applied, paid, snapshot) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                        s.setString(1, bill.id().value());
                        s.setString(2, bill.partner().value());
                        s.setString(3, bill.cycle().toString());
                        s.setString(4, bill.invoiceNumber());
                        Sql.setInstant(s, 5, bill.issuedAt());
                        s.setString(7, bill.bill().currency().getCurrencyCode());
                        s.setBigDecimal(8, Sql.decimal(bill.amountDue(), "amount due of bill '" + bill.id() + "'"));
                        s.setBigDecimal(9, Sql.decimal(bill.creditApplied(), "credit applied to bill '" + bill.id() + "'"));
                        s.setBigDecimal(10, Sql.decimal(bill.paid(), "paid of bill '" + bill.id() + "'"));
                        s.setString(11, snapshot);
                    });
            if (!inserted) {
                // another transaction issued it since we looked
                refuseDuplicate(c, bill);
                throw new SQLException("Bill '" + bill.id() + "' clashed with a unique key but no bill holds it");
            }
            int n = 0;
            for (CouponUse use : bill.couponUses()) {
                int seq = n++;
                Sql.update(c, "INSERT INTO pb_bill_coupon_use (bill_id, seq_no, coupon_id, currency, amount) "
                        + "VALUES (?, ?, ?, ?, ?)", s -> {
                            s.setString(1, bill.id().value());
                            s.setInt(2, seq);
                            s.setString(3, use.coupon().value());
                            s.setString(4, use.amount().getCurrency().getCurrencyCode());
                            s.setBigDecimal(5, Sql.decimal(use.amount(), "coupon use of bill '" + bill.id() + "'"));
                        });
            }
            return null;
        });
    }

    private static void refuseDuplicate(Connection c, IssuedBill bill) throws SQLException {
        String existing = Sql.queryOne(c, "SELECT id FROM pb_bill WHERE partner_id = ? AND bill_cycle = ?", s -> {
            s.setString(1, bill.partner().value());
            s.setString(2, bill.cycle().toString());
        }, row -> row.getString(1));
        if (existing != null) {
            throw new DuplicateKeyException("Partner '" + bill.partner() + "' already has a bill for " + bill.cycle()
                    + ": '" + existing + "'");
        }
        if (Sql.exists(c, "SELECT 1 FROM pb_bill WHERE id = ?", s -> s.setString(1, bill.id().value()))) {
            throw new DuplicateKeyException("Bill '" + bill.id() + "' already exists");
        }
    }

    @Override
    public void update(IssuedBill bill) {
        Objects.requireNonNull(bill, "bill");
        int rows = tx.run("update bill '" + bill.id() + "'", (c, dialect) -> Sql.update(c,
                "UPDATE pb_bill SET invoice_number = ?, issued_at = ?, issued_nanos = ?, credit_applied = ?, paid = ? "
                        + "WHERE id = ?", s -> {
                            s.setString(1, bill.invoiceNumber());
                            Sql.setInstant(s, 2, bill.issuedAt());
                            s.setBigDecimal(4, Sql.decimal(bill.creditApplied(), "credit applied to bill '" + bill.id() + "'"));
                            s.setBigDecimal(5, Sql.decimal(bill.paid(), "paid of bill '" + bill.id() + "'"));
                            s.setString(6, bill.id().value());
                        }));
        if (rows == 0) {
            throw new UnknownEntityException("Unknown bill '" + bill.id() + "'");
        }
    }

    /** A bill row before its coupon uses are attached. */
    private record Row(BillId id, String invoiceNumber, Instant issuedAt, MonthlyBill bill,
            String currency, BigDecimal creditApplied, BigDecimal paid) {

        IssuedBill with(List<CouponUse> uses) {
            return IssuedBill.restore(id, invoiceNumber, issuedAt, bill, uses, Sql.money(creditApplied, currency),
                    Sql.money(paid, currency));
        }
    }

    private static Row read(ResultSet row) throws SQLException {
        return new Row(BillId.of(row.getString("id")), row.getString("invoice_number"), Sql.instant(row, "issued"),
                MonthlyBill.fromSnapshot(row.getString("snapshot")), row.getString("currency"),
                row.getBigDecimal("credit_applied"), row.getBigDecimal("paid"));
    }

    private static CouponUse readUse(ResultSet row) throws SQLException {
        return new CouponUse(CouponId.of(row.getString("coupon_id")), Sql.money(row, "amount", "currency"));
    }

    private @Nullable IssuedBill findOne(Connection c, String where, Sql.Binder binder) throws SQLException {
        Row row = Sql.queryOne(c, SELECT + where + tx.forUpdate(), binder, JdbcBillStore::read);
        if (row == null) {
            return null;
        }
        return row.with(Sql.query(c, "SELECT coupon_id, currency, amount FROM pb_bill_coupon_use WHERE bill_id = ? "
                + "ORDER BY seq_no", s -> s.setString(1, row.id().value()), JdbcBillStore::readUse));
    }

    @Override
    public Optional<IssuedBill> find(PartnerId partner, BillCycle cycle) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(cycle, "cycle");
        return Optional.ofNullable(tx.runOrNull("find bill of partner '" + partner + "' " + cycle, (c, dialect) ->
                findOne(c, "WHERE partner_id = ? AND bill_cycle = ?", s -> {
                    s.setString(1, partner.value());
                    s.setString(2, cycle.toString());
                })));
    }

    @Override
    public boolean isIssued(PartnerId partner, BillCycle cycle) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(cycle, "cycle");
        return tx.run("check whether the bill of partner '" + partner + "' " + cycle + " is issued", (c, dialect) ->
                Sql.exists(c, "SELECT 1 FROM pb_bill WHERE partner_id = ? AND bill_cycle = ?", s -> {
                    s.setString(1, partner.value());
                    s.setString(2, cycle.toString());
                }));
    }

    @Override
    public void lockCycleForAppend(PartnerId partner, BillCycle cycle) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(cycle, "cycle");
        tx.lockIfActive("lock cycle " + cycle + " of partner '" + partner + "' for an append",
                (c, dialect) -> Locks.cycleForAppend(c, dialect, partner, cycle));
    }

    @Override
    public void lockCycleForIssue(PartnerId partner, BillCycle cycle) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(cycle, "cycle");
        tx.lockIfActive("lock cycle " + cycle + " of partner '" + partner + "' for its issue",
                (c, dialect) -> Locks.cycleForIssue(c, dialect, partner, cycle));
    }

    @Override
    public Optional<IssuedBill> find(BillId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(tx.runOrNull("find bill '" + id + "'", (c, dialect) ->
                findOne(c, "WHERE id = ?", s -> s.setString(1, id.value()))));
    }

    @Override
    public List<IssuedBill> ofPartner(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return tx.run("list bills of partner '" + partner + "'", (c, dialect) -> {
            List<Row> rows = Sql.query(c, SELECT + "WHERE partner_id = ? ORDER BY bill_cycle" + tx.forUpdate(),
                    s -> s.setString(1, partner.value()), JdbcBillStore::read);
            Map<String, List<CouponUse>> uses = new HashMap<>();
            Sql.query(c, "SELECT u.bill_id, u.coupon_id, u.currency, u.amount FROM pb_bill_coupon_use u "
                    + "JOIN pb_bill b ON b.id = u.bill_id WHERE b.partner_id = ? ORDER BY u.bill_id, u.seq_no",
                    s -> s.setString(1, partner.value()), row -> uses.computeIfAbsent(row.getString("bill_id"),
                            k -> new ArrayList<>()).add(readUse(row)));
            List<IssuedBill> bills = new ArrayList<>(rows.size());
            for (Row row : rows) {
                bills.add(row.with(uses.getOrDefault(row.id().value(), List.of())));
            }
            return bills;
        });
    }
}
