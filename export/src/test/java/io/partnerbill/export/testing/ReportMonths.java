package io.partnerbill.export.testing;

import static io.partnerbill.export.testing.TestLines.CYCLE;
import static io.partnerbill.export.testing.TestLines.PARTNER;
import static io.partnerbill.export.testing.TestLines.usd;

import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.BillingMode;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.tax.TaxBreakdown;
import io.partnerbill.core.tax.TaxComponent;
import io.partnerbill.core.tax.TaxPolicy;
import io.partnerbill.export.format.NameDirectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.money.MonetaryAmount;

/** Months for the HTML report's tests: a realistic one with GST, an empty one, a negative one. */
public final class ReportMonths {

    public static final List<String> PRODUCTS = List.of("Elastic Cloud Server", "Object Storage Service",
            "Relational Database for MySQL", "Content Delivery Network", "Web Application Firewall",
            "Distributed Cache for Redis", "Cloud Container Engine", "ModelArts Notebook", "Anti-DDoS Pro",
            "Data Warehouse Service", "Elastic Load Balance", "Cloud Backup & Recovery");

    public static final Map<String, String> CUSTOMER_NAMES = Map.of("C01", "Bengaluru Bakes Pvt Ltd", "C02",
            "Mysore Silk Traders", "C03", "Hubli Logistics", "C04", "Coorg Coffee Collective", "C05",
            "Udupi Health Clinics", "C06", "Mangaluru Marine Exports", "C07", "Deccan Data Labs", "C08",
            "Kaveri Textiles", "C09", "Nandi Hills Resorts", "C10", "Tumakuru Tools & Dies");

    /** Names of the sample partner and its customers. */
    public static final NameDirectory NAMES = TestNames.of(CUSTOMER_NAMES, "Karnataka Cloud Partners");

    /** India GST, intra-state: CGST 9 % and SGST 9 %, each rounded HALF_UP to the cent. */
    public static final TaxPolicy GST = request -> {
        MonetaryAmount base = request.base();
        BigDecimal b = ExactMoney.decimal(base);
        if (b.signum() <= 0) {
            return TaxBreakdown.none(base.getCurrency());
        }
        BigDecimal half = b.multiply(new BigDecimal("0.09")).setScale(2, RoundingMode.HALF_UP);
        return TaxBreakdown.of(base.getCurrency(), List.of(
                TaxComponent.of("CGST", new BigDecimal("9"), base, ExactMoney.monetary(half, base.getCurrency())),
                TaxComponent.of("SGST", new BigDecimal("9"), base, ExactMoney.monetary(half, base.getCurrency()))));
    };

    private ReportMonths() {
    }

    /** A line of the month at a day and hour in Beijing time. */
    public static BillLine.Builder line(BillType type, String orderId, String customer, int product, String amount,
            String percentOff, LocalDate day, int hour) {
        Instant at = day.atTime(hour, 17).atZone(BillingCalendar.BEIJING).toInstant();
        return BillLine.builder().cycle(CYCLE).partner(PARTNER).customer(CustomerId.of(customer)).billType(type)
                .billingMode(product % 3 == 0 ? BillingMode.PAY_PER_USE : BillingMode.YEARLY_MONTHLY)
                .productType("Common products").productName(PRODUCTS.get(product))
                .product(ProductId.of(String.format("PRD-%02d", product + 1))).regionCode("ap-southeast-3")
                .region("AP-Singapore").orderId(OrderId.of(orderId)).transactionTime(at)
                .orderType(type == BillType.EXPENDITURE ? OrderType.NEW_PURCHASE
                        : type == BillType.REFUND ? OrderType.UNSUBSCRIPTION : OrderType.FEE_ADJUSTMENT)
                .customerExpenditure(usd(amount)).discount(DiscountRate.ofPercentOff(percentOff)).settleAtDiscount();
    }

    /**
     * January 2024 of a reseller with ten customers and twelve products: {@code orders}
     * expenditures (busier on weekdays), a refund for about one in twenty, and a few adjustments.
     */
    public static List<BillLine> sampleLines(int orders, long seed) {
        Random random = new Random(seed);
        List<BillLine> lines = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            LocalDate day;
            do {
                day = CYCLE.month().atDay(1 + random.nextInt(CYCLE.month().lengthOfMonth()));
            } while ((day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)
                    && random.nextInt(3) > 0);
            int product = Math.min(PRODUCTS.size() - 1, (int) Math.abs(random.nextGaussian() * 4));
            String customer = String.format("C%02d", 1 + Math.min(9, (int) Math.abs(random.nextGaussian() * 4)));
            BigDecimal amount = BigDecimal.valueOf(500 + random.nextInt(6_000 * (12 - product)), 2);
            String percentOff = (5 + product % 4 * 5) + ".00";
            int hour = 8 + random.nextInt(12);
            lines.add(line(BillType.EXPENDITURE, "O" + i, customer, product, amount.toPlainString(), percentOff, day,
                    hour).build());
            if (random.nextInt(20) == 0 && day.getDayOfMonth() < 31) {
                BigDecimal part = amount.multiply(BigDecimal.valueOf(1 + random.nextInt(10)))
                        .divide(BigDecimal.TEN, 2, RoundingMode.DOWN);
                lines.add(line(BillType.REFUND, "R" + i, customer, product, part.negate().toPlainString(), percentOff,
                        day.plusDays(1), hour).originalOrderId(OrderId.of("O" + i)).build());
            }
        }
        lines.add(line(BillType.ADJUSTMENT, "A1", "C03", 0, "-120.00", "0.00", CYCLE.month().atDay(12), 10)
                .build());
        lines.add(line(BillType.ADJUSTMENT, "A2", "C07", 4, "35.50", "0.00", CYCLE.month().atDay(20), 15).build());
        return lines;
    }

    /** A facade with India GST and the sample month's lines. */
    public static PartnerBilling sampleBilling(int orders) {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").taxPolicy(GST).build();
        billing.lines().appendAll(sampleLines(orders, 42));
        return billing;
    }

    /** The sample month's bill, with USD 250.00 of cash coupons. */
    public static MonthlyBill sampleBill(PartnerBilling billing) {
        return billing.bills().calculate(PARTNER, CYCLE, usd("250.00"));
    }

    /** A month whose refunds (of December's orders) exceed its expenditures. */
    public static List<BillLine> negativeLines() {
        LocalDate day = CYCLE.month().atDay(9);
        return List.of(line(BillType.EXPENDITURE, "O1", "C01", 0, "100.00", "10.00", day, 10).build(),
                line(BillType.REFUND, "R1", "C02", 1, "-300.00", "10.00", day.plusDays(1), 11)
                        .originalOrderId(OrderId.of("DEC-7")).build(),
                line(BillType.ADJUSTMENT, "A1", "C02", 1, "-10.00", "0.00", day.plusDays(2), 12).build());
    }
}
