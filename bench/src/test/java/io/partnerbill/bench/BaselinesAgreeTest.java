package io.partnerbill.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.CustomerSummary;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.ProductSummary;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.format.ExportContext;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every benchmark and its baselines compute the same figures, so the ratios compare like with like. */
class BaselinesAgreeTest {

    private static final int N = 30_000;
    private static List<BillLine> lines;
    private static OwnBill.Result own;

    @BeforeAll
    static void bill() {
        lines = Workload.standard().lines(N);
        own = OwnBill.compute(lines);
    }

    private static BigDecimal dec(MonetaryAmount amount) {
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    private static long cents(MonetaryAmount amount) {
        return dec(amount).movePointRight(2).longValueExact();
    }

    // --- the workload

    @Test
    void workload_isDeterministicAndShaped() {
        Workload other = Workload.of(Workload.SEED);
        List<BillLine> streamed = new ArrayList<>();
        other.forEach(0, 1_000, streamed::add);
        assertThat(streamed).isEqualTo(lines.subList(0, 1_000));
        assertThat(Workload.of(Workload.SEED + 1).line(0)).isNotEqualTo(lines.get(0));

        Map<BillType, Integer> types = new HashMap<>();
        Set<CustomerId> customers = new HashSet<>();
        Set<String> orderIds = new HashSet<>();
        for (BillLine line : lines) {
            types.merge(line.billType(), 1, Integer::sum);
            customers.add(line.customer());
            orderIds.add(line.orderId().value());
            assertThat(line.settlementDecimal().scale()).isEqualTo(8);
            assertThat(Workload.CALENDAR.contains(line.cycle(), line.transactionTime())).isTrue();
        }
        assertThat(types.get(BillType.REFUND) / (double) N).isBetween(0.09, 0.11);
        assertThat(types.get(BillType.ADJUSTMENT) / (double) N).isBetween(0.015, 0.025);
        assertThat(customers.size()).isBetween(4_950, Workload.CUSTOMERS); // 30,000 lines reach nearly all 5,000
        assertThat(orderIds).hasSize(N);
        assertThat(lines.stream().map(BillLine::product).distinct()).hasSize(Workload.PRODUCTS);
        assertThat(lines.stream().map(BillLine::regionCode).distinct()).hasSize(Workload.REGIONS);
        // Shared ids: one object per customer.
        assertThat(lines.stream().map(BillLine::customer).filter(c -> c.value().equals("C-00000042")).distinct()
                .map(System::identityHashCode).distinct()).hasSize(1);
    }

    // --- B1: partnerbill against the obviously correct sum

    @Test
    void b1_netIsTheRoundedExactSumOfLines() {
        BigDecimal exact = BigDecimal.ZERO;
        for (BillLine line : lines) {
            exact = exact.add(line.settlementDecimal());
        }
        MonthlyBill bill = own.bill();
        assertThat(dec(bill.unroundedNetSettlement())).isEqualByComparingTo(exact);
        assertThat(dec(bill.netSettlement())).isEqualByComparingTo(exact.setScale(2, RoundingMode.HALF_UP));
        assertThat(dec(bill.tax().total())).isEqualByComparingTo(
                exact.setScale(2, RoundingMode.HALF_UP).multiply(Workload.VAT_RATE).setScale(2, RoundingMode.HALF_UP));
        assertThat(bill.lineCount()).isEqualTo(N);
        assertThat(own.byCustomer().rows()).hasSize((int) lines.stream().map(BillLine::customer).distinct().count());
        assertThat(own.byProduct().rows()).hasSize(Workload.PRODUCTS);
    }

    // --- B1 (a) Moneta per line

    @Test
    void b1_monetaBaselineAgrees() {
        MonetaBill.Result moneta = MonetaBill.compute(lines);
        MonthlyBill bill = own.bill();
        assertThat(dec(moneta.expenditures())).isEqualByComparingTo(dec(bill.expenditures()));
        assertThat(dec(moneta.refunds())).isEqualByComparingTo(dec(bill.refunds()));
        assertThat(dec(moneta.adjustments())).isEqualByComparingTo(dec(bill.adjustments()));
        assertThat(dec(moneta.net())).isEqualByComparingTo(dec(bill.netSettlement()));
        assertThat(dec(moneta.tax())).isEqualByComparingTo(dec(bill.tax().total()));
        assertThat(dec(moneta.due())).isEqualByComparingTo(dec(bill.amountDue()));
        for (ProductSummary row : own.byProduct().rows()) {
            assertThat(dec(moneta.byProduct().get(row.product()))).as(row.product().value())
                    .isEqualByComparingTo(dec(row.settlement()));
        }
        for (CustomerSummary row : own.byCustomer().rows()) {
            assertThat(dec(moneta.byCustomer().get(row.customer()))).as(row.customer().value())
                    .isEqualByComparingTo(dec(row.total()));
        }
    }

    // --- B1 (b) raw columns

    @Test
    void b1_rawBaselineAgrees() {
        RawColumns columns = RawColumns.of(lines);
        RawColumns.Result raw = columns.sum();
        MonthlyBill bill = own.bill();
        assertThat(raw.netCents()).isEqualTo(cents(bill.netSettlement()));
        assertThat(raw.taxCents()).isEqualTo(cents(bill.tax().total()));
        assertThat(raw.dueCents()).isEqualTo(cents(bill.amountDue()));
        assertThat(raw.typeSettlementCents(0)).isEqualTo(cents(bill.expenditures()));
        assertThat(raw.typeSettlementCents(1)).isEqualTo(cents(bill.refunds()));
        assertThat(raw.typeSettlementCents(2)).isEqualTo(cents(bill.adjustments()));
        Map<String, Long> productCents = new HashMap<>();
        for (int p = 0; p < columns.productIds.length; p++) {
            productCents.put(columns.productIds[p].value(), raw.productCents[p]);
        }
        for (ProductSummary row : own.byProduct().rows()) {
            assertThat(productCents.get(row.product().value())).isEqualTo(cents(row.settlement()));
        }
        Map<String, Long> customerCents = new HashMap<>();
        for (int c = 0; c < columns.customerIds.length; c++) {
            customerCents.put(columns.customerIds[c].value(), raw.customerCents[c]);
        }
        for (CustomerSummary row : own.byCustomer().rows()) {
            assertThat(customerCents.get(row.customer().value())).isEqualTo(cents(row.total()));
        }
    }

    // --- B2: two threads, merged, is the one-pass bill

    @Test
    void b2_twoChunksMergedEqualOnePass() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            OwnBill.Result merged = OwnBill.computeInTwo(lines, other);
            assertThat(merged.bill()).isEqualTo(own.bill());
            assertThat(merged.byProduct()).isEqualTo(own.byProduct());
            assertThat(merged.byCustomer()).isEqualTo(own.byCustomer());
        } finally {
            other.shutdownNow();
        }
    }

    // --- B1 over columns and B6's columnar stream are the same bill

    @Test
    void b1_columnsGiveTheLinesBill() {
        OwnBill.Result columns = OwnBill.compute(OwnBill.columns(lines));
        assertThat(columns.bill()).isEqualTo(own.bill());
        assertThat(columns.byProduct()).isEqualTo(own.byProduct());
        assertThat(columns.byCustomer()).isEqualTo(own.byCustomer());
    }

    @Test
    void b6_columnarStreamGivesTheLinesBill() {
        // Batches of 7,000 do not divide 30,000: the last, partial batch counts too.
        BillAccumulator acc = BillAccumulator.create(Workload.PARTNER, Workload.CYCLE, Workload.USD);
        Workload.standard().forEachBatch(0, N, 7_000, acc::addAll);
        OwnBill.Result streamed = OwnBill.finish(acc);
        assertThat(acc.lineCount()).isEqualTo(N);
        assertThat(streamed.bill()).isEqualTo(own.bill());
        assertThat(streamed.byProduct()).isEqualTo(own.byProduct());
        assertThat(streamed.byCustomer()).isEqualTo(own.byCustomer());
    }

    // --- B3: both baselines write the same bytes

    @Test
    void b3_bufferedWriterAndJacksonWriteTheSameBytes(@TempDir Path dir) throws Exception {
        List<BillLine> some = lines.subList(0, 2_000);
        StringWriter plain = new StringWriter();
        CsvRows.write(some, plain);
        Path file = dir.resolve("jackson.csv");
        CsvBench.writeJackson(CsvBench.jacksonMapper(), CsvBench.jacksonSchema(), some, file);
        String jackson = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(jackson).isEqualTo(plain.toString());

        String[] rows = plain.toString().split("\n");
        assertThat(rows).hasSize(some.size() + 1);
        assertThat(rows[0].split(",", -1)).hasSize(27).startsWith("Customer ID", "Billing Cycle");
        String[] first = rows[1].split(",", -1);
        assertThat(first).hasSize(27);
        assertThat(first[23]).isEqualTo(some.get(0).expenditureDecimal().toPlainString()).matches("-?\\d+\\.\\d{8}");
        assertThat(first[26]).matches("-?\\d+\\.\\d{8}");
    }

    @Test
    void b3_ceilingWritesAsManyBytesAsTheExporter(@TempDir Path dir) throws Exception {
        List<BillLine> some = lines.subList(0, 2_000);
        Path exported = dir.resolve("partnerbill.csv");
        try (OutputStream out = Files.newOutputStream(exported)) {
            Exporter.csv().writeLines(some.iterator(), ExportContext.defaults(), out);
        }
        byte[] chunk = CsvBench.firstBytes(some, 1 << 12);
        Path ceiling = dir.resolve("ceiling.csv");
        try (OutputStream out = Files.newOutputStream(ceiling)) {
            CsvBench.writeRepeated(chunk, CsvBench.exportedBytes(some), out);
        }

        assertThat(Files.size(ceiling)).isEqualTo(Files.size(exported));
        assertThat(chunk).hasSize(1 << 12);
        assertThat(Arrays.copyOf(Files.readAllBytes(exported), chunk.length)).isEqualTo(chunk);
    }
}
