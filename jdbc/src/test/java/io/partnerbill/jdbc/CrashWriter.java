package io.partnerbill.jdbc;

import io.partnerbill.core.BillId;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.budget.Budget;
import io.partnerbill.core.order.Order;
import io.partnerbill.core.reseller.Enrollment;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CouponId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PaymentReference;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.CouponUse;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.payment.PaymentApplication;
import io.partnerbill.core.tax.TaxPolicy;
import java.time.Instant;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The victim of {@link CrashTest}: runs in a forked JVM and writes transactions against an H2
 * file database until it is killed. Transaction {@code n} writes line {@code O-n-a}, payment
 * {@code REF-n}, its application to bill {@code B-n}, line {@code O-n-b}, and for every 10th
 * {@code n} an issued bill {@code B-n} (partner {@code P-n}) with one coupon use; and it places
 * order {@code ORD-n} of customer {@code C-(n % 3)} of reseller {@link #RESELLER} through the
 * facade (budget deduction + line, a nested transaction). Each write is followed by a short
 * pause, so that a kill lands inside a transaction.
 */
public final class CrashWriter {

    static final MonthlyBillCalculator CALC =
            MonthlyBillCalculator.of(TaxPolicy.none(), BillingCalendar.beijing(), RoundingPolicy.BILL_TOTAL);

    static final PartnerId RESELLER = PartnerId.of("R-crash");
    static final int CUSTOMERS = 3;
    static final Instant NOW = Instant.parse("2024-01-20T00:00:00Z");

    private CrashWriter() {
    }

    /**
     * Writes transactions until killed.
     *
     * @param args the H2 JDBC URL
     */
    public static void main(String[] args) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(args[0]);
        JdbcBillingStore store = JdbcBillingStore.create(new TestPool(ds));
        store.migrate();
        PartnerBilling billing = PartnerBilling.builder().store(store).currency("USD")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        store.inTransaction(s -> {
            billing.resellers().enroll(Enrollment.of(RESELLER, "Crash Cloud").cspMember(true).acceptAgreement("2024.1", NOW));
            billing.resellers().approve(RESELLER);
            for (int c = 0; c < CUSTOMERS; c++) {
                billing.customers().add(RESELLER, CustomerId.of("C-" + c), "Customer " + c, "acct-" + c);
                billing.budgets().set(CustomerId.of("C-" + c), Budget.ofPackage(TransactionTest.usd("1000000")), "ops");
            }
            return null;
        });
        for (int i = 0; ; i++) {
            int n = i;
            store.inTransaction(s -> {
                pause();
                billing.orders().place(order(n));
                BillLine a = TransactionTest.line("O-" + n + "-a", n + ".5");
                s.lines().append(a);
                pause();
                s.payments().insert(TransactionTest.payment("REF-" + n, n + ".5", Instant.parse("2024-02-06T00:00:00Z")));
                pause();
                s.payments().insert(new PaymentApplication(PaymentReference.of("REF-" + n), BillId.of("B-" + n),
                        TransactionTest.usd(n + ".5")));
                pause();
                s.lines().append(TransactionTest.line("O-" + n + "-b", "1"));
                if (n % 10 == 0) {
                    pause();
                    s.bills().insert(bill(n));
                }
                return null;
            });
            System.out.println("committed " + n);
            System.out.flush();
        }
    }

    static Order order(int n) {
        return Order.builder().id(OrderId.of("ORD-" + n)).customer(CustomerId.of("C-" + n % CUSTOMERS))
                .product(ProductId.of("PRD-1"), "Elastic Cloud Server").regionCode("cn-north-4")
                .fee(TransactionTest.usd(fee(n).toPlainString())).at(Instant.parse("2024-01-15T00:00:00Z").plusSeconds(n))
                .build();
    }

    static BigDecimal fee(int n) {
        return new BigDecimal(n % 7 + ".125");
    }

    static IssuedBill bill(int n) {
        BillLine line = TransactionTest.line("O-" + n + "-a", n + ".5").toBuilder().partner(PartnerId.of("P-" + n)).build();
        MonthlyBill bill = CALC.calculate(line.partner(), line.cycle(), TransactionTest.usd("0").getCurrency(), List.of(line),
                TransactionTest.usd("0.25"));
        return IssuedBill.of(BillId.of("B-" + n), "PB-" + n, Instant.parse("2024-02-05T04:00:00Z"), bill,
                List.of(new CouponUse(CouponId.of("CP-" + n), bill.couponsUsed())), TransactionTest.usd("0"));
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
