package io.partnerbill.cli;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
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
import io.partnerbill.core.store.PriceRuleStore;
import io.partnerbill.core.store.ResellerStore;
import io.partnerbill.core.store.StatementStore;
import io.partnerbill.export.importing.BillDetailsImporter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The store behind {@code bill}: its lines are a bill-details file that stays on disk. Bills sum
 * the accumulators made while the file was first read; a scan (the HTML export's) reads the file
 * again. So memory does not grow with the file. Everything else is kept in memory.
 */
final class FileBillingStore implements BillingStore {

    private final BillingStore memory;
    private final FileLines lines;

    FileBillingStore(BillDetailsImporter importer, Path file, BillCycle cycle, Map<PartnerId, BillAccumulator> sums) {
        this(BillingStore.inMemory(), new FileLines(importer, file, cycle, sums));
    }

    private FileBillingStore(BillingStore memory, FileLines lines) {
        this.memory = memory;
        this.lines = lines;
    }

    /** The file's lines of one cycle; read-only. */
    private static final class FileLines implements LineStore {
        private final BillDetailsImporter importer;
        private final Path file;
        private final BillCycle cycle;
        private final Map<PartnerId, BillAccumulator> sums;

        FileLines(BillDetailsImporter importer, Path file, BillCycle cycle, Map<PartnerId, BillAccumulator> sums) {
            this.importer = importer;
            this.file = file;
            this.cycle = cycle;
            this.sums = sums;
        }

        @Override
        public AppendOutcome append(BillLine line) {
            throw new UnsupportedOperationException("The lines of " + file + " are read-only");
        }

        @Override
        public Optional<BillLine> find(OrderId orderId) {
            AtomicReference<BillLine> found = new AtomicReference<>();
            importer.scan(file, l -> {
                if (l.line().orderId().equals(orderId)) {
                    found.set(l.line());
                }
            });
            return Optional.ofNullable(found.get());
        }

        @Override
        public void scan(PartnerId partner, BillCycle cycle, Consumer<? super BillLine> action) {
            if (this.cycle.equals(cycle) && sums.containsKey(partner)) {
                importer.scan(file, l -> {
                    if (l.line().partner().equals(partner) && l.line().cycle().equals(cycle)) {
                        action.accept(l.line());
                    }
                });
            }
        }

        @Override
        public void sumInto(BillAccumulator accumulator) {
            BillAccumulator sum = accumulator.cycle().equals(cycle) ? sums.get(accumulator.partner()) : null;
            if (sum != null) {
                accumulator.merge(sum);
            }
        }

        @Override
        public long count(PartnerId partner, BillCycle cycle) {
            BillAccumulator sum = this.cycle.equals(cycle) ? sums.get(partner) : null;
            return sum == null ? 0 : sum.lineCount();
        }
    }

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
    public PriceRuleStore priceRules() {
        return memory.priceRules();
    }

    @Override
    public StatementStore statements() {
        return memory.statements();
    }

    @Override
    public ExportTaskStore exportTasks() {
        return memory.exportTasks();
    }

    @Override
    public <T> T inTransaction(Function<? super BillingStore, T> work) {
        return memory.inTransaction(s -> work.apply(new FileBillingStore(s, lines)));
    }
}
