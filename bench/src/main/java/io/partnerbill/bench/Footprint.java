package io.partnerbill.bench;

import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.store.BillingStore;
import java.util.List;
import java.util.Locale;

/**
 * Heap footprints (issue 9): the retained size of B1's accumulator and of its result (the
 * {@code MonthlyBill} with its by-product and by-customer views) by JOL's object-graph walk,
 * and the in-memory {@code LineStore}'s bytes per line by used-heap deltas after full GCs.
 *
 * <p>Run: {@code java -Xmx14g -cp bench/target/benchmarks.jar io.partnerbill.bench.Footprint [lines]}
 * (default 10,000,000). Prints {@code key=value} lines that {@link Report} reads.
 */
public final class Footprint {

    private Footprint() {
    }

    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : Workload.LINES;
        Workload workload = Workload.standard();

        // The bill's heap: the accumulator after all lines, streamed (the lines are not kept).
        BillAccumulator acc = BillAccumulator.create(Workload.PARTNER, Workload.CYCLE, Workload.USD);
        workload.forEach(0, lines, acc::add);
        OwnBill.Result bill = OwnBill.finish(acc);
        // Shared values (ids, currency, Moneta's contexts) are counted: an upper bound.
        print("footprint.lines", lines);
        print("footprint.accumulatorBytes", Heap.retainedBytes(acc));
        print("footprint.billBytes", Heap.retainedBytes(bill.bill()));
        print("footprint.billWithViewsBytes", Heap.retainedBytes(bill));
        print("footprint.customers", bill.byCustomer().rows().size());
        print("footprint.productRows", bill.byProduct().rows().size());
        acc = null;
        bill = null;

        // The line store: used heap before the lines, with the lines, with the lines in a store.
        long empty = usedAfterGc();
        List<BillLine> data = workload.lines(lines);
        long withLines = usedAfterGc();
        BillingStore store = BillingStore.inMemory();
        for (BillLine line : data) {
            store.lines().append(line);
        }
        long withStore = usedAfterGc();
        if (store.lines().count(Workload.PARTNER, Workload.CYCLE) != lines) {
            throw new IllegalStateException("Store lost lines");
        }
        double lineBytes = (withLines - empty) / (double) lines;
        double indexBytes = (withStore - withLines) / (double) lines;
        print("footprint.lineObjectsBytesPerLine", lineBytes); // the lines and their own values, plus 4 B/line of list
        print("footprint.storeIndexBytesPerLine", indexBytes); // what the store adds to lines it is given
        print("footprint.storeBytesPerLine", lineBytes + indexBytes);
        java.lang.ref.Reference.reachabilityFence(data);
        java.lang.ref.Reference.reachabilityFence(store);
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    private static void print(String key, double value) {
        System.out.println(key + "=" + (value == Math.rint(value) ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.1f", value)));
    }
}
