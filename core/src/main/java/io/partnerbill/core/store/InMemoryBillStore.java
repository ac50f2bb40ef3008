package io.partnerbill.core.store;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.MonthlyBill;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

final class InMemoryBillStore implements BillStore {

    private final MemoryTx tx;
    private final Map<PartnerId, TreeMap<BillCycle, MonthlyBill>> byPartner = new HashMap<>();

    InMemoryBillStore(MemoryTx tx) {
        this.tx = tx;
    }

    @Override
    public AppendOutcome save(MonthlyBill bill) {
        Objects.requireNonNull(bill, "bill");
        return tx.locked(() -> {
            TreeMap<BillCycle, MonthlyBill> bills = byPartner.computeIfAbsent(bill.partner(), p -> new TreeMap<>());
            MonthlyBill existing = bills.get(bill.cycle());
            if (existing != null) {
                if (existing.equals(bill)) {
                    return AppendOutcome.ALREADY_PRESENT;
                }
                throw new DuplicateKeyException("Partner '" + bill.partner() + "' already has a different bill for "
                        + bill.cycle() + ": " + existing);
            }
            bills.put(bill.cycle(), bill);
            tx.onRollback(() -> bills.remove(bill.cycle()));
            return AppendOutcome.APPENDED;
        });
    }

    @Override
    public Optional<MonthlyBill> find(PartnerId partner, BillCycle cycle) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(cycle, "cycle");
        return tx.locked(() -> Optional.ofNullable(byPartner.getOrDefault(partner, new TreeMap<>()).get(cycle)));
    }

    @Override
    public List<MonthlyBill> ofPartner(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return tx.locked(() -> List.copyOf(byPartner.getOrDefault(partner, new TreeMap<>()).values()));
    }
}
