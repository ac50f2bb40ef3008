package io.partnerbill.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.CustomerId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineWriter;
import io.partnerbill.export.format.NameDirectory;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.testkit.BillingArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast bill-details writer ({@link CsvDetailWriter}) writes exactly the bytes of the slow
 * reference ({@link ReferenceCsvDetails}, the Jackson-based implementation it replaced), for
 * hostile months of every currency with amounts past the long range, negative and 0.00000001,
 * instants outside four-digit years and with fractions, hostile names, with or without a BOM, and
 * buffers small enough to be flushed at every position of a row.
 */
class CsvDetailWriterPropertiesTest {

    /** 92233720368.54775807: {@link Long#MAX_VALUE} units of 10^-8. */
    private static final BigDecimal LONG_MAX_UNITS = BigDecimal.valueOf(Long.MAX_VALUE, 8);
    private static final String HOSTILE_CHARS = ",\"\r\n\t=+-@'#\0 ;|é中Ω\ud83d\ude00\ud800\udfff";

    @Property(tries = 400)
    void writesExactlyTheReferenceBytes(@ForAll("lines") List<BillLine> lines, @ForAll("names") NameDirectory names,
            @ForAll boolean byteOrderMark, @ForAll("capacities") int capacity) throws IOException {
        ByteArrayOutputStream fast = new ByteArrayOutputStream();
        ExportContext context = ExportContext.defaults().withNames(names);
        LineWriter writer = new CsvDetailWriter(fast, byteOrderMark, context, capacity);
        for (BillLine line : lines) {
            writer.write(line);
        }
        writer.finish();

        assertThat(fast.toByteArray()).isEqualTo(ReferenceCsvDetails.write(lines, names, byteOrderMark));
        assertThat(writer.rowsWritten()).isEqualTo(lines.size());
        for (BillLine line : lines) {
            Statistics.label("amount").collect(line.expenditureDecimal().abs().compareTo(LONG_MAX_UNITS) > 0
                    ? "past the long range" : "long units");
        }
        Statistics.label("amount").coverage(coverage -> coverage.check("past the long range").percentage(p -> p > 1));
    }

    @Property(tries = 100)
    void exporterWritesTheReferenceBytes(@ForAll("lines") List<BillLine> lines, @ForAll boolean byteOrderMark)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = Exporter.csv(byteOrderMark).writeLines(lines.iterator(), ExportContext.defaults(), out);

        assertThat(out.toByteArray()).isEqualTo(ReferenceCsvDetails.write(lines, NameDirectory.none(), byteOrderMark));
        assertThat(rows).isEqualTo(lines.size());
    }

    @Provide
    Arbitrary<Integer> capacities() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(CsvCellOutput.DEFAULT_CAPACITY)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(32, 700)));
    }

    @Provide
    Arbitrary<NameDirectory> names() {
        Arbitrary<Optional<String>> name = hostileText().optional();
        return Combinators.combine(name, name, name, name).as(CsvDetailWriterPropertiesTest::directory);
    }

    private static NameDirectory directory(Optional<String> customer, Optional<String> account,
            Optional<String> partner, Optional<String> partnerAccount) {
        return new NameDirectory() {
            @Override
            public Optional<String> customerName(CustomerId id) {
                return customer;
            }

            @Override
            public Optional<String> accountName(CustomerId id) {
                return account;
            }

            @Override
            public Optional<String> partnerName(PartnerId id) {
                return partner;
            }

            @Override
            public Optional<String> partnerAccountName(PartnerId id) {
                return partnerAccount;
            }
        };
    }

    /** Hostile months of every currency, with some lines changed to the hard cases. */
    @Provide
    Arbitrary<List<BillLine>> lines() {
        Arbitrary<List<BillLine>> months = BillingArbitraries.currencies()
                .flatMap(currency -> BillingArbitraries.months().currency(currency).hostileText().arbitrary());
        Arbitrary<List<Optional<Change>>> changes = change().optional(0.6).list().ofMaxSize(60);
        return Combinators.combine(months, changes).as(CsvDetailWriterPropertiesTest::apply);
    }

    /** What a line is changed to: its amounts, a text column, its instant. */
    private record Change(BigDecimal expenditure, BigDecimal settlement, boolean negative, int column, String text,
            Instant at) {
    }

    private Arbitrary<Change> change() {
        return Combinators.combine(amounts(), amounts(), Arbitraries.of(true, false), Arbitraries.integers().between(0, 8),
                hostileText(), instants()).as(Change::new);
    }

    private static List<BillLine> apply(List<BillLine> month, List<Optional<Change>> changes) {
        List<BillLine> lines = new ArrayList<>(month.size());
        for (int i = 0; i < month.size(); i++) {
            BillLine line = month.get(i);
            lines.add(i < changes.size() && changes.get(i).isPresent() ? changed(line, changes.get(i).get()) : line);
        }
        return lines;
    }

    private static BillLine changed(BillLine line, Change change) {
        BillLine.Builder b = line.toBuilder()
                .customerExpenditure(ExactMoney.monetary(signed(change.expenditure(), line, change), line.currency()))
                .settlementAmount(ExactMoney.monetary(signed(change.settlement(), line, change), line.currency()))
                .transactionTime(change.at());
        String text = change.text();
        String nonBlank = text.isBlank() ? text + "x" : text;
        switch (change.column()) {
            case 0 -> b.productType(nonBlank);
            case 1 -> b.productTypeCode(text);
            case 2 -> b.productName(nonBlank);
            case 3 -> b.application(text);
            case 4 -> b.specifications(text);
            case 5 -> b.resourceType(text);
            case 6 -> b.resourceTypeCode(text);
            case 7 -> b.region(text);
            default -> b.regionCode(nonBlank);
        }
        return b.build();
    }

    /** Follows the sign rules: expenditures zero or positive, refunds zero or negative, adjustments either. */
    private static BigDecimal signed(BigDecimal amount, BillLine line, Change change) {
        return line.billType() == BillType.REFUND || line.billType() == BillType.ADJUSTMENT && change.negative()
                ? amount.negate() : amount;
    }

    private static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, BillingArbitraries.amounts(BigDecimal.ZERO, new BigDecimal("10000"))),
                net.jqwik.api.Tuple.of(2, BillingArbitraries.amounts(new BigDecimal("90000000000"),
                        new BigDecimal("1000000000000000000000"))),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(BigDecimal.ZERO.setScale(8), new BigDecimal("0.00000001"),
                        LONG_MAX_UNITS, LONG_MAX_UNITS.add(new BigDecimal("0.00000001")),
                        new BigDecimal("9999999999.99999999"), new BigDecimal("10000000000.00000000"),
                        new BigDecimal("123456789012345.12345678"))));
    }

    private static Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(HOSTILE_CHARS).withCharRange('a', 'f').ofMaxLength(24),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(8),
                Arbitraries.of("", "'", "''=x", "=SUM(A1)", "#comment", "\ud83d\ude00", "\ud800", "a\udc00b",
                        "x".repeat(900), "é".repeat(400)));
    }

    private static Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(-70_000_000_000L, 300_000_000_000L)
                .edgeCases(e -> e.includeOnly(0L, -1L, 253_402_300_799L, 253_402_300_800L));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999)
                .map(ms -> ms * 1_000_000), Arbitraries.integers().between(0, 999_999).map(us -> us * 1000),
                Arbitraries.integers().between(0, 999_999_999));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH,
                        Instant.parse("2024-02-29T23:59:59.999999999Z"))));
    }
}
