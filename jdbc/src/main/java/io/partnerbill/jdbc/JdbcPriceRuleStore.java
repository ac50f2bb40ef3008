package io.partnerbill.jdbc;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PriceRuleId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.pricing.PriceRule;
import io.partnerbill.core.pricing.PriceScope;
import io.partnerbill.core.pricing.Repricing;
import io.partnerbill.core.store.PriceRuleStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link PriceRuleStore} on table {@code pb_price_rule} (schema V007): unique rule id, insertion
 * order by {@code seq}. The scope is two nullable columns (customer, product), the repricing its
 * {@link Repricing#toString()}.
 */
final class JdbcPriceRuleStore implements PriceRuleStore {

    private static final String SELECT = "SELECT id, reseller_id, customer_id, product_id, repricing, effective_from, "
            + "created_at, created_nanos, correction FROM pb_price_rule ";

    private final Transactions tx;

    JdbcPriceRuleStore(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(PriceRule rule) {
        Objects.requireNonNull(rule, "rule");
        boolean inserted = tx.run("insert price rule '" + rule.id() + "'", (c, dialect) ->
                Sql.insertUnlessDuplicate(c, dialect, "INSERT INTO pb_price_rule (id, reseller_id, customer_id, product_id, "
                        + "repricing, effective_from, created_at, created_nanos, correction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        s -> {
                            s.setString(1, rule.id().value());
                            s.setString(2, rule.reseller().value());
                            s.setString(3, rule.scope().customerId().map(CustomerId::value).orElse(null));
                            s.setString(4, rule.scope().productId().map(ProductId::value).orElse(null));
                            s.setString(5, rule.repricing().toString());
                            s.setString(6, rule.effectiveFrom().toString());
                            Sql.setInstant(s, 7, rule.createdAt());
                            s.setString(9, rule.correction().orElse(null));
                        }));
        if (!inserted) {
            throw new DuplicateKeyException("Price rule '" + rule.id() + "' already exists");
        }
    }

    private static PriceRule read(ResultSet row) throws SQLException {
        String customer = row.getString("customer_id");
        String product = row.getString("product_id");
        PriceScope scope;
        if (customer != null && product != null) {
            scope = PriceScope.customerAndProduct(CustomerId.of(customer), ProductId.of(product));
        } else if (customer != null) {
            scope = PriceScope.customer(CustomerId.of(customer));
        } else if (product != null) {
            scope = PriceScope.product(ProductId.of(product));
        } else {
            scope = PriceScope.allCustomers();
        }
        return PriceRule.of(PriceRuleId.of(row.getString("id")), PartnerId.of(row.getString("reseller_id")), scope,
                Repricing.parse(row.getString("repricing")), BillCycle.parse(row.getString("effective_from")),
                Sql.instant(row, "created"), row.getString("correction"));
    }

    @Override
    public Optional<PriceRule> find(PriceRuleId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(tx.runOrNull("find price rule '" + id + "'", (c, dialect) ->
                Sql.queryOne(c, SELECT + "WHERE id = ?", s -> s.setString(1, id.value()), JdbcPriceRuleStore::read)));
    }

    @Override
    public List<PriceRule> ofReseller(PartnerId reseller) {
        Objects.requireNonNull(reseller, "reseller");
        return tx.run("list price rules of reseller '" + reseller + "'", (c, dialect) ->
                Sql.query(c, SELECT + "WHERE reseller_id = ? ORDER BY seq", s -> s.setString(1, reseller.value()),
                        JdbcPriceRuleStore::read));
    }
}
