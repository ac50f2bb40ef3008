package io.partnerbill.core.example;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.DiscountId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.BillingMode;
import io.partnerbill.core.bill.CustomerSummary;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.bill.ProductBreakdown;
import io.partnerbill.core.bill.ProductSummary;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The runnable example of the README's first command (until the CLI arrives): a small,
 * deterministic month of a reseller's lines, and the bill they make.
 */
public final class DemoMonth {

    static final PartnerId PARTNER = PartnerId.of("P-DEMO");
    static final BillCycle CYCLE = BillCycle.of(2024, 1);
    private static final String[] PRODUCTS = {"Elastic Cloud Server", "Object Storage Service", "Relational Database",
        "Cloud Firewall", "Web Application Firewall", "Elastic Load Balance"};
    private static final String[] RATES = {"12.00% off", "1.00% off", "67.00% off", "88.00% off", "34.00% off", "11.12% off"};
    private static final String[] REGIONS = {"cn-north-4", "ap-southeast-1", "la-south-2"};

    private DemoMonth() {
    }

    public static void main(String[] args) {
        PartnerBilling billing = PartnerBilling.builder().currency("USD").build();
        int lines = simulate(billing, 42L, 300);
        print(billing.bills().calculate(PARTNER, CYCLE, Money.of(25, "USD")), lines, System.out);
    }

    /** Authorizes six discounts and appends {@code orders} orders (with some refunds and adjustments). */
    static int simulate(PartnerBilling billing, long seed, int orders) {
        Instant start = billing.calendar().start(CYCLE);
        for (int p = 0; p < PRODUCTS.length; p++) {
            billing.discounts().authorize(Discount.builder().id(DiscountId.of("D-" + p)).partner(PARTNER)
                    .product(ProductId.of("PRD-" + p)).productName(PRODUCTS[p]).rate(DiscountRate.parse(RATES[p]))
                    .effective(start.minusSeconds(86400 * 90)).expiry(Instant.parse("2099-12-31T15:59:59Z")).build());
        }
        Random random = new Random(seed);
        long monthSeconds = billing.calendar().end(CYCLE).getEpochSecond() - start.getEpochSecond();
        int appended = 0;
        for (int i = 0; i < orders; i++) {
            int p = random.nextInt(PRODUCTS.length);
            Instant at = start.plusSeconds((long) (random.nextDouble() * monthSeconds));
            BigDecimal fee = BigDecimal.valueOf(random.nextInt(5_000_000_00), 2).movePointLeft(3).setScale(8);
            BillType type = i % 50 == 48 ? BillType.ADJUSTMENT : i % 10 == 9 ? BillType.REFUND : BillType.EXPENDITURE;
            BigDecimal signed = type == BillType.EXPENDITURE ? fee : fee.negate().movePointLeft(1);
            DiscountRate rate = billing.discounts().rateFor(PARTNER, ProductId.of("PRD-" + p), at);
            BillLine.Builder line = BillLine.builder().cycle(CYCLE).partner(PARTNER)
                    .customer(CustomerId.of("C-" + (1 + random.nextInt(5)))).billType(type)
                    .billingMode(BillingMode.YEARLY_MONTHLY).productType("Common products").productName(PRODUCTS[p])
                    .product(ProductId.of("PRD-" + p)).regionCode(REGIONS[random.nextInt(REGIONS.length)])
                    .orderId(OrderId.of(String.format("CS%08d", i))).transactionTime(at)
                    .orderType(type == BillType.REFUND ? OrderType.UNSUBSCRIPTION
                            : type == BillType.ADJUSTMENT ? OrderType.FEE_ADJUSTMENT : OrderType.NEW_PURCHASE)
                    .customerExpenditure(Money.of(signed, "USD")).discount(rate).settleAtDiscount();
            if (type == BillType.REFUND) {
                line.originalOrderId(OrderId.of(String.format("CS%08d", i - 1)));
            }
            billing.lines().append(line.build());
            appended++;
        }
        return appended;
    }

    static void print(MonthlyBill bill, int lines, PrintStream out) {
        out.printf("partnerbill demo: bill of partner %s for %s (%d lines)%n%n", bill.partner(), bill.cycle(), lines);
        row(out, "Expenditures", bill.expenditures());
        row(out, "Refunds", bill.refunds());
        row(out, "Adjustments", bill.adjustments());
        row(out, "Net settlement", bill.netSettlement());
        row(out, "Cash coupons used", bill.couponsUsed().negate());
        row(out, "Tax", bill.tax().total());
        row(out, "Amount due", bill.amountDue());
        row(out, "Rounding residue", bill.roundingResidue());
        out.println();
        out.println("By product:");
        ProductBreakdown products = bill.byProduct();
        for (ProductSummary p : products.rows()) {
            row(out, "  " + p.productName(), p.settlement());
        }
        row(out, "  Others (refunds, adjustments)", products.othersTotal());
        row(out, "  Residue of rounding rows", products.residue());
        out.println();
        out.println("By customer:");
        for (CustomerSummary c : bill.byCustomer().rows()) {
            row(out, "  " + c.customer() + " (" + c.lineCount() + " lines)", c.total());
        }
    }

    private static void row(PrintStream out, String label, MonetaryAmount amount) {
        BigDecimal value = amount.getNumber().numberValue(BigDecimal.class);
        out.printf("%-36s %s %14s%n", label, amount.getCurrency().getCurrencyCode(),
                (value.scale() < 2 ? value.setScale(2) : value).toPlainString());
    }
}
