package io.partnerbill.jdbc;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.budget.BudgetAccount;
import io.partnerbill.core.budget.BudgetAuditEntry;
import io.partnerbill.core.budget.BudgetCharge;
import io.partnerbill.core.budget.BudgetOperation;
import io.partnerbill.core.budget.BudgetType;
import io.partnerbill.core.budget.FreezeReason;
import io.partnerbill.core.store.BudgetStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link BudgetStore} on tables {@code pb_budget_account}, {@code pb_budget_audit} and
 * {@code pb_budget_charge} (schema V006).
 *
 * <p>The ledger reads an account, checks the fee against it in Java and saves the new account,
 * all inside one transaction. To make that atomic against other transactions, in this JVM or
 * another, {@link #find} inside a transaction locks the account's row until the transaction ends
 * ({@code SELECT ... FOR UPDATE}); a second transaction on the same account waits at its own
 * {@code find} and then reads the first one's committed result. A customer without an account
 * row yet has its customer row locked instead, so that two first budgets cannot both be set.
 * The charge's primary key on the order id makes "an order is deducted once" hold in the
 * database, and a check constraint refuses {@code used > budget} whatever the caller does.
 */
final class JdbcBudgetStore implements BudgetStore {

    private static final String ACCOUNT_COLUMNS = "customer_id, currency, budget_type, budget_amount, period, used, "
            + "frozen_no_budget, frozen_manual, frozen_over_budget, auto_freeze";
    private static final String AUDIT_COLUMNS = "customer_id, operation, old_budget_type, old_currency, old_budget_amount, "
            + "new_budget_type, new_currency, new_budget_amount, operator, entry_at, entry_nanos";
    private static final String CHARGE_COLUMNS = "order_id, customer_id, bill_cycle, currency, fee, settlement, "
            + "refunded_fee, refunded_settlement";

    private final Transactions tx;

    JdbcBudgetStore(Transactions tx) {
        this.tx = tx;
    }

    private String lock() {
        return tx.active() ? " FOR UPDATE" : "";
    }

    // ---- accounts

    @Override
    public Optional<BudgetAccount> find(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return Optional.ofNullable(tx.runOrNull("find budget account of customer '" + customer + "'", (c, dialect) -> {
            BudgetAccount account = selectAccount(c, customer);
            if (account == null && tx.active()
                    && Sql.exists(c, "SELECT id FROM pb_customer WHERE id = ? FOR UPDATE", s -> s.setString(1, customer.value()))) {
                // No row to lock yet: the customer's row stands in for it; read again under that lock.
                account = selectAccount(c, customer);
            }
            return account;
        }));
    }

    private @Nullable BudgetAccount selectAccount(Connection c, CustomerId customer) throws SQLException {
        return Sql.queryOne(c, "SELECT " + ACCOUNT_COLUMNS + " FROM pb_budget_account WHERE customer_id = ?" + lock(),
                s -> s.setString(1, customer.value()), JdbcBudgetStore::readAccount);
    }

    /** Reads the columns of {@code ACCOUNT_COLUMNS}, by position (it is on every order's path). */
    private static BudgetAccount readAccount(ResultSet row) throws SQLException {
        String currency = row.getString(2);
        EnumSet<FreezeReason> freezes = EnumSet.noneOf(FreezeReason.class);
        if (row.getBoolean(7)) {
            freezes.add(FreezeReason.NO_BUDGET);
        }
        if (row.getBoolean(8)) {
            freezes.add(FreezeReason.MANUAL);
        }
        if (row.getBoolean(9)) {
            freezes.add(FreezeReason.OVER_BUDGET);
        }
        return BudgetAccount.of(CustomerId.of(row.getString(1)), Sql.currency(currency),
                budget(row.getString(3), currency, row.getBigDecimal(4)),
                Sql.cycle(row.getString(5)), row.getBigDecimal(6), freezes, row.getBoolean(10));
    }

    private static @Nullable Budget budget(@Nullable String type, @Nullable String currency, @Nullable BigDecimal amount) {
        if (type == null || currency == null || amount == null) {
            return null;
        }
        return Budget.of(BudgetType.valueOf(type), Sql.money(amount, currency));
    }

    @Override
    public void save(BudgetAccount account) {
        Objects.requireNonNull(account, "account");
        String customer = account.customer().value();
        tx.runOrNull("save budget account of customer '" + account.customer() + "'", (c, dialect) -> {
            String update = "UPDATE pb_budget_account SET currency = ?, budget_type = ?, budget_amount = ?, period = ?, "
                    + "used = ?, frozen_no_budget = ?, frozen_manual = ?, frozen_over_budget = ?, auto_freeze = ? "
                    + "WHERE customer_id = ?";
            Sql.Binder updating = s -> {
                bindAccount(s, 1, account);
                s.setString(10, customer);
            };
            if (Sql.update(c, update, updating) > 0) {
                return null;
            }
            if (!Sql.insertUnlessDuplicate(c, dialect, "INSERT INTO pb_budget_account (" + ACCOUNT_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                        s.setString(1, customer);
                        bindAccount(s, 2, account);
                    })) {
                Sql.update(c, update, updating); // another transaction inserted it meanwhile: replace it
            }
            return null;
        });
    }

    /** Binds every account column but the customer id, from {@code first} on. */
    private static void bindAccount(PreparedStatement s, int first, BudgetAccount account) throws SQLException {
        s.setString(first, account.currency().getCurrencyCode());
        Optional<Budget> budget = account.budget();
        if (budget.isPresent()) {
            s.setString(first + 1, budget.get().type().name());
            s.setBigDecimal(first + 2, Sql.decimal(budget.get().amount(), "budget of customer '" + account.customer() + "'"));
        } else {
            s.setNull(first + 1, Types.VARCHAR);
            s.setNull(first + 2, Types.NUMERIC);
        }
        s.setString(first + 3, account.period().toString());
        s.setBigDecimal(first + 4, Sql.decimal(account.used(), "used budget of customer '" + account.customer() + "'"));
        s.setBoolean(first + 5, account.freezeReasons().contains(FreezeReason.NO_BUDGET));
        s.setBoolean(first + 6, account.freezeReasons().contains(FreezeReason.MANUAL));
        s.setBoolean(first + 7, account.freezeReasons().contains(FreezeReason.OVER_BUDGET));
        s.setBoolean(first + 8, account.autoFreeze());
    }

    // ---- audit trail

    @Override
    public void appendAudit(BudgetAuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        tx.run("append budget audit entry of customer '" + entry.customer() + "'", (c, dialect) ->
                Sql.update(c, "INSERT INTO pb_budget_audit (" + AUDIT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        s -> {
                            s.setString(1, entry.customer().value());
                            s.setString(2, entry.operation().name());
                            bindBudget(s, 3, entry.oldBudget(), entry);
                            bindBudget(s, 6, entry.newBudget(), entry);
                            s.setString(9, entry.operator());
                            Sql.setInstant(s, 10, entry.at());
                        }));
    }

    private static void bindBudget(PreparedStatement s, int first, Optional<Budget> budget, BudgetAuditEntry entry)
            throws SQLException {
        if (budget.isPresent()) {
            s.setString(first, budget.get().type().name());
            s.setString(first + 1, budget.get().currency().getCurrencyCode());
            s.setBigDecimal(first + 2, Sql.decimal(budget.get().amount(), "budget in the audit trail of customer '"
                    + entry.customer() + "'"));
        } else {
            s.setNull(first, Types.VARCHAR);
            s.setNull(first + 1, Types.CHAR);
            s.setNull(first + 2, Types.NUMERIC);
        }
    }

    @Override
    public List<BudgetAuditEntry> auditTrail(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return tx.run("read budget audit trail of customer '" + customer + "'", (c, dialect) ->
                Sql.query(c, "SELECT " + AUDIT_COLUMNS + " FROM pb_budget_audit WHERE customer_id = ? ORDER BY seq",
                        s -> s.setString(1, customer.value()),
                        row -> BudgetAuditEntry.of(CustomerId.of(row.getString("customer_id")),
                                BudgetOperation.valueOf(row.getString("operation")),
                                budget(row.getString("old_budget_type"), row.getString("old_currency"),
                                        row.getBigDecimal("old_budget_amount")),
                                budget(row.getString("new_budget_type"), row.getString("new_currency"),
                                        row.getBigDecimal("new_budget_amount")),
                                row.getString("operator"), Sql.instant(row, "entry"))));
    }

    // ---- charges

    @Override
    public void insertCharge(BudgetCharge charge) {
        Objects.requireNonNull(charge, "charge");
        BudgetCharge existing = tx.runOrNull("insert budget charge of order '" + charge.order() + "'", (c, dialect) -> {
            if (Sql.insertUnlessDuplicate(c, dialect, "INSERT INTO pb_budget_charge (" + CHARGE_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", s -> bindCharge(s, charge))) {
                return null;
            }
            return selectCharge(c, charge.order());
        });
        if (existing != null) {
            throw new DuplicateKeyException("Order '" + charge.order() + "' has a charge already: " + existing);
        }
    }

    private static void bindCharge(PreparedStatement s, BudgetCharge charge) throws SQLException {
        String what = "charge of order '" + charge.order() + "'";
        s.setString(1, charge.order().value());
        s.setString(2, charge.customer().value());
        s.setString(3, charge.cycle().toString());
        s.setString(4, charge.currency().getCurrencyCode());
        s.setBigDecimal(5, Sql.decimal(charge.fee(), what));
        s.setBigDecimal(6, Sql.decimal(charge.settlement(), what));
        s.setBigDecimal(7, Sql.decimal(charge.refundedFee(), what));
        s.setBigDecimal(8, Sql.decimal(charge.refundedSettlement(), what));
    }

    @Override
    public void updateCharge(BudgetCharge charge) {
        Objects.requireNonNull(charge, "charge");
        int rows = tx.run("update budget charge of order '" + charge.order() + "'", (c, dialect) -> Sql.update(c,
                "UPDATE pb_budget_charge SET order_id = ?, customer_id = ?, bill_cycle = ?, currency = ?, fee = ?, "
                        + "settlement = ?, refunded_fee = ?, refunded_settlement = ? WHERE order_id = ?", s -> {
                            bindCharge(s, charge);
                            s.setString(9, charge.order().value());
                        }));
        if (rows == 0) {
            throw new UnknownEntityException("Order '" + charge.order() + "' has no charge");
        }
    }

    @Override
    public Optional<BudgetCharge> findCharge(OrderId order) {
        Objects.requireNonNull(order, "order");
        return Optional.ofNullable(tx.runOrNull("find budget charge of order '" + order + "'", (c, dialect) ->
                selectCharge(c, order)));
    }

    /** Reads a charge; inside a transaction its row is locked, so that refunds of one order queue. */
    private @Nullable BudgetCharge selectCharge(Connection c, OrderId order) throws SQLException {
        return Sql.queryOne(c, "SELECT " + CHARGE_COLUMNS + " FROM pb_budget_charge WHERE order_id = ?" + lock(),
                s -> s.setString(1, order.value()), row -> {
                    // by position in CHARGE_COLUMNS
                    return BudgetCharge.of(OrderId.of(row.getString(1)), CustomerId.of(row.getString(2)),
                            Sql.cycle(row.getString(3)), Sql.currency(row.getString(4)), row.getBigDecimal(5),
                            row.getBigDecimal(6), row.getBigDecimal(7), row.getBigDecimal(8));
                });
    }
}
