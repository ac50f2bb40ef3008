package io.partnerbill.jdbc;

import io.partnerbill.core.CouponId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.payment.Coupon;
import io.partnerbill.core.store.CouponStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CouponStore} on table {@code pb_coupon} (schema V005). Inside a transaction, reading a
 * coupon locks it until the transaction ends, so using its balance is safe against other writers.
 */
final class JdbcCouponStore implements CouponStore {

    private static final String COLUMNS = "id, partner_id, currency, amount, balance, valid_from_at, valid_from_nanos, "
            + "valid_until_at, valid_until_nanos";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM pb_coupon ";

    private final Transactions tx;

    JdbcCouponStore(Transactions tx) {
        this.tx = tx;
    }

    private String lock() {
        return tx.active() ? " FOR UPDATE" : "";
    }

    @Override
    public void insert(Coupon coupon) {
        Objects.requireNonNull(coupon, "coupon");
        boolean inserted = tx.run("insert coupon '" + coupon.id() + "'", (c, dialect) ->
                Sql.insertUnlessDuplicate(c, dialect, "INSERT INTO pb_coupon (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        s -> bind(s, coupon)));
        if (!inserted) {
            throw new DuplicateKeyException("Coupon '" + coupon.id() + "' already exists");
        }
    }

    @Override
    public void update(Coupon coupon) {
        Objects.requireNonNull(coupon, "coupon");
        int rows = tx.run("update coupon '" + coupon.id() + "'", (c, dialect) -> Sql.update(c,
                "UPDATE pb_coupon SET id = ?, partner_id = ?, currency = ?, amount = ?, balance = ?, valid_from_at = ?, "
                        + "valid_from_nanos = ?, valid_until_at = ?, valid_until_nanos = ? WHERE id = ?", s -> {
                            bind(s, coupon);
                            s.setString(10, coupon.id().value());
                        }));
        if (rows == 0) {
            throw new UnknownEntityException("Unknown coupon '" + coupon.id() + "'");
        }
    }

    private static void bind(PreparedStatement s, Coupon coupon) throws SQLException {
        s.setString(1, coupon.id().value());
        s.setString(2, coupon.partner().value());
        s.setString(3, coupon.amount().getCurrency().getCurrencyCode());
        s.setBigDecimal(4, Sql.decimal(coupon.amount(), "amount of coupon '" + coupon.id() + "'"));
        s.setBigDecimal(5, Sql.decimal(coupon.balance(), "balance of coupon '" + coupon.id() + "'"));
        Sql.setInstant(s, 6, coupon.validFrom());
        Sql.setInstant(s, 8, coupon.validUntil());
    }

    private static Coupon read(ResultSet row) throws SQLException {
        String currency = row.getString("currency");
        return Coupon.restore(CouponId.of(row.getString("id")), PartnerId.of(row.getString("partner_id")),
                Sql.money(row.getBigDecimal("amount"), currency), Sql.money(row.getBigDecimal("balance"), currency),
                Sql.instant(row, "valid_from"), Sql.instant(row, "valid_until"));
    }

    @Override
    public Optional<Coupon> find(CouponId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(tx.runOrNull("find coupon '" + id + "'", (c, dialect) ->
                Sql.queryOne(c, SELECT + "WHERE id = ?" + lock(), s -> s.setString(1, id.value()), JdbcCouponStore::read)));
    }

    @Override
    public List<Coupon> ofPartner(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return tx.run("list coupons of partner '" + partner + "'", (c, dialect) ->
                Sql.query(c, SELECT + "WHERE partner_id = ? ORDER BY valid_until_at, valid_until_nanos, id" + lock(),
                        s -> s.setString(1, partner.value()), JdbcCouponStore::read));
    }
}
