package io.partnerbill.jdbc;

import io.partnerbill.core.DiscountId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.discount.SettlementType;
import io.partnerbill.core.store.DiscountStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link DiscountStore} on table {@code pb_discount} (schema V001); a partner's product is locked
 * for an authorization by its row of {@code pb_discount_lock} (schema V010, see {@link Locks}).
 */
final class JdbcDiscountStore implements DiscountStore {

    private static final String COLUMNS = "id, partner_id, product_id, product_name, product_type, percent_off, "
            + "effective_at, effective_nanos, expiry_at, expiry_nanos, settlement_type, canceled_at, canceled_nanos";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM pb_discount ";
    private static final String ORDER = " ORDER BY effective_at, effective_nanos, id";

    private final Transactions tx;

    JdbcDiscountStore(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Discount discount) {
        Objects.requireNonNull(discount, "discount");
        boolean inserted = tx.run("insert discount '" + discount.id() + "'", (c, dialect) ->
                Sql.insertUnlessDuplicate(c, dialect, "INSERT INTO pb_discount (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> bind(s, discount)));
        if (!inserted) {
            throw new DuplicateKeyException("Discount '" + discount.id() + "' already exists");
        }
    }

    @Override
    public void lockProduct(PartnerId partner, ProductId product) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(product, "product");
        tx.lockIfActive("lock product '" + product + "' of partner '" + partner + "' for an authorization",
                (c, dialect) -> Locks.product(c, dialect, partner, product));
    }

    @Override
    public void update(Discount discount) {
        Objects.requireNonNull(discount, "discount");
        int rows = tx.run("update discount '" + discount.id() + "'", (c, dialect) -> Sql.update(c,
                "UPDATE pb_discount SET id = ?, partner_id = ?, product_id = ?, product_name = ?, product_type = ?, "
                        + "percent_off = ?, effective_at = ?, effective_nanos = ?, expiry_at = ?, expiry_nanos = ?, "
                        + "settlement_type = ?, canceled_at = ?, canceled_nanos = ? WHERE id = ?",
                s -> {
                    bind(s, discount);
                    s.setString(14, discount.id().value());
                }));
        if (rows == 0) {
            throw new UnknownEntityException("Unknown discount '" + discount.id() + "'");
        }
    }

    private static void bind(PreparedStatement s, Discount d) throws SQLException {
        s.setString(1, d.id().value());
        s.setString(2, d.partner().value());
        s.setString(3, d.product().value());
        s.setString(4, d.productName());
        s.setString(5, d.productType());
        s.setBigDecimal(6, d.rate().percentOff());
        Sql.setInstant(s, 7, d.effective());
        Sql.setInstant(s, 9, d.expiry());
        s.setString(11, d.settlementType().name());
        Sql.setInstantOrNull(s, 12, d.canceledAt().orElse(null));
    }

    private static Discount read(ResultSet row) throws SQLException {
        // by position in COLUMNS: every order resolves its discount
        Discount discount = Discount.builder()
                .id(DiscountId.of(row.getString(1)))
                .partner(PartnerId.of(row.getString(2)))
                .product(ProductId.of(row.getString(3)))
                .productName(row.getString(4))
                .productType(row.getString(5))
                .rate(DiscountRate.ofPercentOff(row.getBigDecimal(6)))
                .effective(Sql.instant(row, 7))
                .expiry(Sql.instant(row, 9))
                .settlementType(SettlementType.valueOf(row.getString(11)))
                .build();
        Instant canceled = Sql.instantOrNull(row, 12);
        return canceled == null ? discount : discount.canceledAt(canceled);
    }

    @Override
    public Optional<Discount> find(DiscountId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(tx.runOrNull("find discount '" + id + "'", (c, dialect) ->
                Sql.queryOne(c, SELECT + "WHERE id = ?", s -> s.setString(1, id.value()), JdbcDiscountStore::read)));
    }

    @Override
    public List<Discount> ofPartner(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return tx.run("list discounts of partner '" + partner + "'", (c, dialect) ->
                Sql.query(c, SELECT + "WHERE partner_id = ?" + ORDER, s -> s.setString(1, partner.value()),
                        JdbcDiscountStore::read));
    }

    @Override
    public List<Discount> ofPartnerAndProduct(PartnerId partner, ProductId product) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(product, "product");
        return tx.read("list discounts of partner '" + partner + "' on product '" + product + "'", (c, dialect) ->
                Sql.query(c, SELECT + "WHERE partner_id = ? AND product_id = ?" + ORDER, s -> {
                    s.setString(1, partner.value());
                    s.setString(2, product.value());
                }, JdbcDiscountStore::read));
    }
}
