package io.partnerbill.core.store;

import io.partnerbill.core.OrderId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.budget.BudgetCharge;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory line and budget stores' one map by order id. An order's line and its budget
 * charge share an entry, so placing an order looks its id up in one map (whose entry is in
 * cache after the first look) and grows one map, instead of missing the cache in two.
 *
 * <p>Not thread-safe: used under the stores' {@link MemoryTx} lock only.
 */
final class OrderIndex {

    /** What the stores hold for one order id; at least one of the two is set while it is in the map. */
    private static final class Entry {
        @Nullable BillLine line;
        @Nullable BudgetCharge charge;
    }

    private final Map<OrderId, Entry> byOrder = new HashMap<>();

    @Nullable BillLine line(OrderId order) {
        Entry entry = byOrder.get(order);
        return entry == null ? null : entry.line;
    }

    @Nullable BudgetCharge charge(OrderId order) {
        Entry entry = byOrder.get(order);
        return entry == null ? null : entry.charge;
    }

    /** Sets the order's line unless it has one; returns the line it had, or null when set. */
    @Nullable BillLine putLineIfAbsent(OrderId order, BillLine line) {
        Entry entry = byOrder.computeIfAbsent(order, k -> new Entry());
        BillLine existing = entry.line;
        if (existing == null) {
            entry.line = line;
        }
        return existing;
    }

    /** Sets the order's charge unless it has one; returns the charge it had, or null when set. */
    @Nullable BudgetCharge putChargeIfAbsent(OrderId order, BudgetCharge charge) {
        Entry entry = byOrder.computeIfAbsent(order, k -> new Entry());
        BudgetCharge existing = entry.charge;
        if (existing == null) {
            entry.charge = charge;
        }
        return existing;
    }

    /** Replaces the order's charge; returns the one replaced, or null (and changes nothing) when it had none. */
    @Nullable BudgetCharge replaceCharge(OrderId order, BudgetCharge charge) {
        Entry entry = byOrder.get(order);
        if (entry == null || entry.charge == null) {
            return null;
        }
        BudgetCharge old = entry.charge;
        entry.charge = charge;
        return old;
    }

    /** Takes the order's line back (a rollback); the entry goes when it holds nothing. */
    void removeLine(OrderId order) {
        Entry entry = byOrder.get(order);
        if (entry != null) {
            entry.line = null;
            dropIfEmpty(order, entry);
        }
    }

    /** Takes the order's charge back (a rollback); the entry goes when it holds nothing. */
    void removeCharge(OrderId order) {
        Entry entry = byOrder.get(order);
        if (entry != null) {
            entry.charge = null;
            dropIfEmpty(order, entry);
        }
    }

    private void dropIfEmpty(OrderId order, Entry entry) {
        if (entry.line == null && entry.charge == null) {
            byOrder.remove(order);
        }
    }
}
