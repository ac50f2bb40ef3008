package io.partnerbill.bench;

import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillLineColumns;
import io.partnerbill.core.bill.CustomerBreakdown;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.ProductBreakdown;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * B1 and B2: partnerbill's own monthly bill of the workload's lines, through the public API
 * ({@link BillAccumulator} and the calculator), with the by-product and by-customer views.
 */
public final class OwnBill {

    /** A bill and its two views, so that nothing computed can be optimized away. */
    public record Result(MonthlyBill bill, ProductBreakdown byProduct, CustomerBreakdown byCustomer) {
    }

    private OwnBill() {
    }

    /** B1: one accumulator over every line. */
    public static Result compute(List<BillLine> lines) {
        return finish(accumulate(lines));
    }

    /**
     * B2: the first half of the lines on the calling thread, the second half on the other
     * thread, then merged.
     */
    public static Result computeInTwo(List<BillLine> lines, ExecutorService other) throws Exception {
        int half = lines.size() / 2;
        Future<BillAccumulator> second = other.submit(() -> accumulate(lines.subList(half, lines.size())));
        BillAccumulator first = accumulate(lines.subList(0, half));
        return finish(first.merge(second.get()));
    }

    /** B1 over columns: the same bill from a batch of columns holding the lines' figures. */
    public static Result compute(BillLineColumns columns) {
        return finish(BillAccumulator.create(Workload.PARTNER, Workload.CYCLE, Workload.USD).addAll(columns));
    }

    /** The lines' figures as one batch of columns, as an importer or a database cursor would hand them over. */
    public static BillLineColumns columns(List<BillLine> lines) {
        BillLineColumns columns = BillLineColumns.create(Workload.PARTNER, Workload.CYCLE, Workload.USD);
        for (int i = 0, n = lines.size(); i < n; i++) {
            columns.add(lines.get(i));
        }
        return columns;
    }

    static BillAccumulator accumulate(List<BillLine> lines) {
        BillAccumulator acc = BillAccumulator.create(Workload.PARTNER, Workload.CYCLE, Workload.USD);
        for (int i = 0, n = lines.size(); i < n; i++) {
            acc.add(lines.get(i));
        }
        return acc;
    }

    static Result finish(BillAccumulator acc) {
        MonthlyBill bill = Workload.CALCULATOR.calculate(acc, Workload.NO_COUPONS);
        return new Result(bill, bill.byProduct(), bill.byCustomer());
    }
}
