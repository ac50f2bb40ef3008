package io.partnerbill.core.store;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.DuplicateOrderException;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillDetailsColumn;
import io.partnerbill.core.bill.BillLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

final class InMemoryLineStore implements LineStore {

    private record PartnerCycle(PartnerId partner, BillCycle cycle) {
    }

    private final MemoryTx tx;
    private final OrderIndex byOrder;
    private final Map<PartnerCycle, List<BillLine>> byCycle = new HashMap<>();

    InMemoryLineStore(MemoryTx tx, OrderIndex byOrder) {
        this.tx = tx;
        this.byOrder = byOrder;
    }

    @Override
    public AppendOutcome append(BillLine line) {
        Objects.requireNonNull(line, "line");
        return tx.locked(() -> {
            BillLine existing = byOrder.putLineIfAbsent(line.orderId(), line);
            if (existing != null) {
                if (existing.equals(line)) {
                    return AppendOutcome.ALREADY_PRESENT;
                }
                throw new DuplicateOrderException("Order '" + line.orderId() + "' already has a different line",
                        line.orderId(), BillDetailsColumn.differences(existing, line));
            }
            List<BillLine> cycleLines = byCycle.computeIfAbsent(new PartnerCycle(line.partner(), line.cycle()),
                    k -> new ArrayList<>());
            cycleLines.add(line);
            tx.onRollback(() -> {
                byOrder.removeLine(line.orderId());
                cycleLines.remove(cycleLines.size() - 1);
            });
            return AppendOutcome.APPENDED;
        });
    }

    @Override
    public Optional<BillLine> find(OrderId orderId) {
        Objects.requireNonNull(orderId, "orderId");
        return tx.locked(() -> Optional.ofNullable(byOrder.line(orderId)));
    }

    @Override
    public void scan(PartnerId partner, BillCycle cycle, Consumer<? super BillLine> action) {
        Objects.requireNonNull(action, "action");
        PartnerCycle key = new PartnerCycle(Objects.requireNonNull(partner, "partner"), Objects.requireNonNull(cycle, "cycle"));
        tx.locked(() -> {
            for (BillLine line : byCycle.getOrDefault(key, List.of())) {
                action.accept(line);
            }
        });
    }

    @Override
    public long count(PartnerId partner, BillCycle cycle) {
        PartnerCycle key = new PartnerCycle(Objects.requireNonNull(partner, "partner"), Objects.requireNonNull(cycle, "cycle"));
        return tx.locked(() -> (long) byCycle.getOrDefault(key, List.of()).size());
    }
}
