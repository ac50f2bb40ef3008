package io.partnerbill.core.store;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.StatementId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.statement.IssuedStatement;
import io.partnerbill.core.statement.StatementLine;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

final class InMemoryStatementStore extends InMemoryPayments<StatementId> implements StatementStore {

    private final MemoryTx tx;
    private final LineStore lines;
    private final Map<CustomerId, TreeMap<BillCycle, IssuedStatement>> byCustomer = new HashMap<>();
    private final Map<StatementId, IssuedStatement> byId = new LinkedHashMap<>();

    InMemoryStatementStore(MemoryTx tx, LineStore lines) {
        super(tx, "Customer payment", "statement");
        this.tx = tx;
        this.lines = lines;
    }

    @Override
    public void insert(IssuedStatement statement) {
        Objects.requireNonNull(statement, "statement");
        tx.locked(() -> {
            TreeMap<BillCycle, IssuedStatement> own = byCustomer.computeIfAbsent(statement.customer(), c -> new TreeMap<>());
            if (own.containsKey(statement.cycle())) {
                throw new DuplicateKeyException("Customer '" + statement.customer() + "' already has a statement for "
                        + statement.cycle() + ": '" + own.get(statement.cycle()).id() + "'");
            }
            if (byId.containsKey(statement.id())) {
                throw new DuplicateKeyException("Statement '" + statement.id() + "' already exists");
            }
            StatementStore.requireStoredLines(statement, storedLines(statement));
            own.put(statement.cycle(), statement);
            byId.put(statement.id(), statement);
            tx.onRollback(() -> {
                own.remove(statement.cycle());
                byId.remove(statement.id());
            });
        });
    }

    /** The stored lines of a statement's order ids, for the rule every store applies. */
    private Map<OrderId, BillLine> storedLines(IssuedStatement statement) {
        Map<OrderId, BillLine> stored = new HashMap<>();
        for (StatementLine line : statement.statement().lines()) {
            lines.find(line.orderId()).ifPresent(l -> stored.put(line.orderId(), l));
        }
        return stored;
    }

    @Override
    public void update(IssuedStatement statement) {
        Objects.requireNonNull(statement, "statement");
        tx.locked(() -> {
            IssuedStatement old = byId.get(statement.id());
            if (old == null) {
                throw new UnknownEntityException("Unknown statement '" + statement.id() + "'");
            }
            put(statement);
            tx.onRollback(() -> put(old));
        });
    }

    private void put(IssuedStatement statement) {
        byId.put(statement.id(), statement);
        byCustomer.computeIfAbsent(statement.customer(), c -> new TreeMap<>()).put(statement.cycle(), statement);
    }

    @Override
    public Optional<IssuedStatement> find(CustomerId customer, BillCycle cycle) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(cycle, "cycle");
        return tx.locked(() -> Optional.ofNullable(byCustomer.getOrDefault(customer, new TreeMap<>()).get(cycle)));
    }

    @Override
    public Optional<IssuedStatement> find(StatementId id) {
        Objects.requireNonNull(id, "id");
        return tx.locked(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public List<IssuedStatement> ofCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return tx.locked(() -> List.copyOf(byCustomer.getOrDefault(customer, new TreeMap<>()).values()));
    }

    @Override
    public List<IssuedStatement> ofReseller(PartnerId reseller) {
        Objects.requireNonNull(reseller, "reseller");
        return tx.locked(() -> byId.values().stream().filter(s -> s.reseller().equals(reseller))
                .sorted(Comparator.comparing(IssuedStatement::cycle).thenComparing(IssuedStatement::customer)).toList());
    }

    @Override
    public Optional<Payment> findPayment(PaymentReference reference) {
        return payment(reference);
    }

    @Override
    public List<Payment> paymentsOf(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return paymentsWhere(p -> p.payer().customer().equals(Optional.of(customer)));
    }
}
