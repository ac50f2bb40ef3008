package io.partnerbill.core.store;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.bill.IssuedBill;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

final class InMemoryBillStore implements BillStore {

    private final MemoryTx tx;
    private final Map<PartnerId, TreeMap<BillCycle, IssuedBill>> byPartner = new HashMap<>();
    private final Map<BillId, IssuedBill> byId = new HashMap<>();

    InMemoryBillStore(MemoryTx tx) {
        this.tx = tx;
    }

    @Override
    public void insert(IssuedBill bill) {
        Objects.requireNonNull(bill, "bill");
        tx.locked(() -> {
            TreeMap<BillCycle, IssuedBill> bills = byPartner.computeIfAbsent(bill.partner(), p -> new TreeMap<>());
            if (bills.containsKey(bill.cycle())) {
                throw new DuplicateKeyException("Partner '" + bill.partner() + "' already has a bill for " + bill.cycle()
                        + ": '" + bills.get(bill.cycle()).id() + "'");
            }
            if (byId.containsKey(bill.id())) {
                throw new DuplicateKeyException("Bill '" + bill.id() + "' already exists");
            }
            bills.put(bill.cycle(), bill);
            byId.put(bill.id(), bill);
            tx.onRollback(() -> {
                bills.remove(bill.cycle());
                byId.remove(bill.id());
            });
        });
    }

    @Override
    public void update(IssuedBill bill) {
        Objects.requireNonNull(bill, "bill");
        tx.locked(() -> {
            IssuedBill old = byId.get(bill.id());
            if (old == null) {
                throw new UnknownEntityException("Unknown bill '" + bill.id() + "'");
            }
            put(bill);
            tx.onRollback(() -> put(old));
        });
    }

    private void put(IssuedBill bill) {
        byId.put(bill.id(), bill);
        byPartner.computeIfAbsent(bill.partner(), p -> new TreeMap<>()).put(bill.cycle(), bill);
    }

    @Override
    public Optional<IssuedBill> find(PartnerId partner, BillCycle cycle) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(cycle, "cycle");
        // Every order asks (is its cycle issued?): no empty TreeMap made per call.
        return tx.locked(() -> {
            TreeMap<BillCycle, IssuedBill> bills = byPartner.get(partner);
            return Optional.ofNullable(bills == null ? null : bills.get(cycle));
        });
    }

    @Override
    public Optional<IssuedBill> find(BillId id) {
        Objects.requireNonNull(id, "id");
        return tx.locked(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public List<IssuedBill> ofPartner(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return tx.locked(() -> List.copyOf(byPartner.getOrDefault(partner, new TreeMap<>()).values()));
    }
}
