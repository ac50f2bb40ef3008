package io.partnerbill.core.store;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.budget.BudgetAccount;
import io.partnerbill.core.budget.BudgetAuditEntry;
import io.partnerbill.core.budget.BudgetCharge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

final class InMemoryBudgetStore implements BudgetStore {

    private final MemoryTx tx;
    private final Map<CustomerId, BudgetAccount> accounts = new HashMap<>();
    private final Map<CustomerId, List<BudgetAuditEntry>> audit = new HashMap<>();
    private final OrderIndex charges;

    InMemoryBudgetStore(MemoryTx tx, OrderIndex charges) {
        this.tx = tx;
        this.charges = charges;
    }

    @Override
    public Optional<BudgetAccount> find(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return tx.locked(() -> Optional.ofNullable(accounts.get(customer)));
    }

    @Override
    public void save(BudgetAccount account) {
        Objects.requireNonNull(account, "account");
        tx.locked(() -> {
            BudgetAccount old = accounts.put(account.customer(), account);
            tx.onRollback(() -> {
                if (old == null) {
                    accounts.remove(account.customer());
                } else {
                    accounts.put(old.customer(), old);
                }
            });
        });
    }

    @Override
    public void appendAudit(BudgetAuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        tx.locked(() -> {
            List<BudgetAuditEntry> trail = audit.computeIfAbsent(entry.customer(), c -> new ArrayList<>());
            trail.add(entry);
            tx.onRollback(() -> trail.remove(trail.size() - 1));
        });
    }

    @Override
    public List<BudgetAuditEntry> auditTrail(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return tx.locked(() -> List.copyOf(audit.getOrDefault(customer, List.of())));
    }

    @Override
    public void insertCharge(BudgetCharge charge) {
        Objects.requireNonNull(charge, "charge");
        tx.locked(() -> {
            BudgetCharge existing = charges.putChargeIfAbsent(charge.order(), charge);
            if (existing != null) {
                throw new DuplicateKeyException("Order '" + charge.order() + "' has a charge already: " + existing);
            }
            tx.onRollback(() -> charges.removeCharge(charge.order()));
        });
    }

    @Override
    public void updateCharge(BudgetCharge charge) {
        Objects.requireNonNull(charge, "charge");
        tx.locked(() -> {
            BudgetCharge old = charges.replaceCharge(charge.order(), charge);
            if (old == null) {
                throw new UnknownEntityException("Order '" + charge.order() + "' has no charge");
            }
            tx.onRollback(() -> charges.replaceCharge(old.order(), old));
        });
    }

    @Override
    public Optional<BudgetCharge> findCharge(OrderId order) {
        Objects.requireNonNull(order, "order");
        return tx.locked(() -> Optional.ofNullable(charges.charge(order)));
    }
}
