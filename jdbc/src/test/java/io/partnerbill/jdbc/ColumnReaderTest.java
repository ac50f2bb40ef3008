package io.partnerbill.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.testkit.BillingArbitraries;
import io.partnerbill.testkit.BillingFixtures;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Rows read into batches of any size give the bill of the lines themselves. */
class ColumnReaderTest {

    private static final MonthlyBillCalculator CALCULATOR =
            MonthlyBillCalculator.of(TaxPolicy.none(), BillingFixtures.CALENDAR, RoundingPolicy.BILL_TOTAL);

    @Provide
    Arbitrary<List<BillLine>> months() {
        return BillingArbitraries.months().partner(BillingFixtures.PARTNER).cycle(BillingFixtures.CYCLE)
                .maxAmount(new BigDecimal("200000000000")).arbitrary();
    }

    private static MonthlyBill bill(BillAccumulator acc) {
        return CALCULATOR.calculate(acc, BillingFixtures.usd("0"));
    }

    @Property(tries = 30)
    void batchesOfAnySizeGiveTheLinesBill(@ForAll("months") List<BillLine> lines,
            @ForAll @IntRange(min = 1, max = 70) int batchSize) throws Exception {
        DataSource ds = TestDatabases.h2Memory();
        JdbcBillingStore store = TestDatabases.migrated(ds);
        lines.forEach(store.lines()::append);
        BillAccumulator read = BillAccumulator.create(BillingFixtures.PARTNER, BillingFixtures.CYCLE, BillingFixtures.USD);
        try (Connection c = ds.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT customer_id, product_id, product_name, product_type, "
                        + "region_code, bill_type, currency, customer_expenditure, settlement_amount FROM pb_line");
                ResultSet rows = s.executeQuery()) {
            new ColumnReader(read, batchSize).readAll(rows);
        }
        BillAccumulator expected = BillAccumulator.create(BillingFixtures.PARTNER, BillingFixtures.CYCLE,
                BillingFixtures.USD).addAll(lines);
        assertThat(read.lineCount()).isEqualTo(lines.size());
        assertThat(bill(read)).isEqualTo(bill(expected));
    }
}
