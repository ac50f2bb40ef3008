package io.partnerbill.export.tasks;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.export.ExportTaskId;
import io.partnerbill.core.store.AppendOutcome;
import io.partnerbill.core.store.BillStore;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.store.BudgetStore;
import io.partnerbill.core.store.CouponStore;
import io.partnerbill.core.store.CustomerStore;
import io.partnerbill.core.store.DiscountStore;
import io.partnerbill.core.store.ExportTaskStore;
import io.partnerbill.core.store.LineStore;
import io.partnerbill.core.store.PaymentStore;
import io.partnerbill.core.store.ResellerStore;
import io.partnerbill.export.testing.TestLines;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Run by {@link StreamingExportTest} in a JVM with a 64 MiB heap: exports N generated lines as
 * CSV through an export task. The lines are made one at a time by the line store's scan and
 * the sink discards the bytes (counting them), so only streaming can pass.
 * Prints {@code status=COMPLETED rows=N bytes=B maxHeap=M}.
 */
public final class StreamingExportMain {

    private StreamingExportMain() {
    }

    /** A line store of N generated lines, none of which is kept. */
    static final class GeneratedLines implements LineStore {
        private final long count;

        GeneratedLines(long count) {
            this.count = count;
        }

        @Override
        public AppendOutcome append(BillLine line) {
            throw new UnsupportedOperationException("generated lines are read-only");
        }

        @Override
        public Optional<BillLine> find(OrderId orderId) {
            return Optional.empty();
        }

        @Override
        public void scan(PartnerId partner, BillCycle cycle, Consumer<? super BillLine> action) {
            for (long i = 0; i < count; i++) {
                action.accept(TestLines.generated(i));
            }
        }

        @Override
        public long count(PartnerId partner, BillCycle cycle) {
            return count;
        }
    }

    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[0]);
        BillingStore memory = BillingStore.inMemory();
        LineStore lines = new GeneratedLines(n);
        BillingStore store = new BillingStore() {
            @Override
            public DiscountStore discounts() {
                return memory.discounts();
            }

            @Override
            public LineStore lines() {
                return lines;
            }

            @Override
            public BillStore bills() {
                return memory.bills();
            }

            @Override
            public PaymentStore payments() {
                return memory.payments();
            }

            @Override
            public CouponStore coupons() {
                return memory.coupons();
            }

            @Override
            public ResellerStore resellers() {
                return memory.resellers();
            }

            @Override
            public CustomerStore customers() {
                return memory.customers();
            }

            @Override
            public BudgetStore budgets() {
                return memory.budgets();
            }

            @Override
            public ExportTaskStore exportTasks() {
                return memory.exportTasks();
            }

            @Override
            public <T> T inTransaction(Function<? super BillingStore, T> work) {
                return work.apply(this);
            }
        };
        long[] written = {0};
        ExportSink discarding = new ExportSink() {
            @Override
            public PendingFile create(ExportTaskId task, String fileName) {
                OutputStream out = new OutputStream() {
                    @Override
                    public void write(int b) {
                        written[0]++;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        written[0] += len;
                    }
                };
                return new PendingFile() {
                    @Override
                    public OutputStream stream() {
                        return out;
                    }

                    @Override
                    public void commit() {
                    }

                    @Override
                    public void close() {
                    }
                };
            }

            @Override
            public InputStream open(ExportTaskId task, String fileName) {
                throw new UnsupportedOperationException();
            }
        };
        PartnerBilling billing = PartnerBilling.builder().currency("USD").store(store).build();
        ExportService exports = ExportService.builder().billing(billing).sink(discarding).executor(Runnable::run).build();
        ExportTask task = exports.submit(ExportRequest.billDetails(TestLines.PARTNER, TestLines.CYCLE, "csv")
                .withMaxRowsPerFile(Integer.MAX_VALUE));
        System.out.println("status=" + task.status() + " rows=" + task.rowCount() + " bytes=" + task.sizeBytes()
                + " counted=" + written[0] + " maxHeap=" + Runtime.getRuntime().maxMemory()
                + task.error().map(e -> " error=" + e).orElse(""));
        System.exit(task.status() == ExportStatus.COMPLETED ? 0 : 1);
    }
}
