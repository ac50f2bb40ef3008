package io.partnerbill.core.store;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.StatementId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.payment.Payment;
import io.partnerbill.core.payment.PaymentApplication;
import io.partnerbill.core.statement.IssuedStatement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

final class InMemoryStatementStore implements StatementStore {

    private final MemoryTx tx;
    private final Map<CustomerId, TreeMap<BillCycle, IssuedStatement>> byCustomer = new HashMap<>();
    private final Map<StatementId, IssuedStatement> byId = new LinkedHashMap<>();
    private final InMemoryPayments payments;

    InMemoryStatementStore(MemoryTx tx) {
        this.tx = tx;
        this.payments = new InMemoryPayments(tx, "Customer payment");
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
            own.put(statement.cycle(), statement);
            byId.put(statement.id(), statement);
            tx.onRollback(() -> {
                own.remove(statement.cycle());
                byId.remove(statement.id());
            });
        });
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
    public void insert(Payment payment) {
        payments.insert(payment);
    }

    @Override
    public Optional<Payment> findPayment(PaymentReference reference) {
        return payments.find(reference);
    }

    @Override
    public List<Payment> paymentsOf(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return payments.where(p -> p.payer().customer().equals(Optional.of(customer)));
    }

    @Override
    public void insert(PaymentApplication application) {
        payments.insert(application);
    }

    @Override
    public List<PaymentApplication> applicationsOf(PaymentReference reference) {
        return payments.applicationsOf(reference);
    }

    @Override
    public List<PaymentApplication> applicationsTo(StatementId statement) {
        return payments.applicationsTo(Objects.requireNonNull(statement, "statement"));
    }
}
