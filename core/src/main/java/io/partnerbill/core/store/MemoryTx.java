package io.partnerbill.core.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serializes the in-memory stores' operations behind one lock and keeps an undo log while a
 * transaction runs, so a failed transaction leaves nothing behind.
 */
final class MemoryTx {

    private final ReentrantLock lock = new ReentrantLock();
    // Guarded by lock: only the thread holding it reads or writes these.
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private int depth;

    <T> T locked(Supplier<T> operation) {
        // Inside this thread's transaction the lock is held already: re-entering it costs a
        // failed CAS each time, and an order makes about ten store calls.
        if (lock.isHeldByCurrentThread()) {
            return operation.get();
        }
        lock.lock();
        try {
            return operation.get();
        } finally {
            lock.unlock();
        }
    }

    void locked(Runnable operation) {
        if (lock.isHeldByCurrentThread()) {
            operation.run();
            return;
        }
        lock.lock();
        try {
            operation.run();
        } finally {
            lock.unlock();
        }
    }

    /** Records how to take back a write that was just made; only needed inside a transaction. */
    void onRollback(Runnable compensation) {
        if (depth > 0) {
            undo.push(compensation);
        }
    }

    <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        depth++;
        int mark = undo.size();
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            while (undo.size() > mark) {
                undo.pop().run();
            }
            throw e;
        } finally {
            depth--;
            if (depth == 0) {
                undo.clear();
            }
            lock.unlock();
        }
    }
}
