package io.partnerbill.cli;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.store.AppendOutcome;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.store.LineStore;
import io.partnerbill.export.importing.BillDetailsImporter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The store behind {@code bill}: its lines are a bill-details file that stays on disk. Bills sum
 * the accumulators made while the file was first read; a scan (the HTML export's) reads the file
 * again. So memory does not grow with the file. Everything else is kept in memory.
 */
final class FileBillingStore {

    private FileBillingStore() {
    }

    static BillingStore of(BillDetailsImporter importer, Path file, BillCycle cycle, Map<PartnerId, BillAccumulator> sums) {
        return BillingStore.inMemory().withLines(new FileLines(importer, file, cycle, sums));
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

        @Override
        public String toString() {
            return "the lines of " + file;
        }
    }
}
