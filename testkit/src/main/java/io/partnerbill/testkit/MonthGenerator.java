package io.partnerbill.testkit;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.OrderId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.RoundingPolicy;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import io.partnerbill.core.bill.BillingMode;
import io.partnerbill.core.bill.OrderType;
import io.partnerbill.core.discount.DiscountRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/** Builds one month of lines from a seed and the knobs of {@link MonthArbitrary}; deterministic per seed. */
final class MonthGenerator {

    private final MonthArbitrary spec;
    private final Random random;
    private final long start;
    private final long span;

    MonthGenerator(MonthArbitrary spec, long seed) {
        this.spec = spec;
        this.random = new Random(seed);
        this.start = spec.calendar().start(spec.cycle()).getEpochSecond();
        this.span = spec.calendar().end(spec.cycle()).getEpochSecond() - start;
    }

    List<BillLine> generate(int size, boolean refundsExceed) {
        List<BillLine> lines = new ArrayList<>();
        List<BillLine> expenditures = new ArrayList<>();
        int refunds = (int) Math.round(size * spec.refundShare());
        int adjustments = (int) Math.round(size * spec.adjustmentShare());
        int purchases = Math.max(0, size - refunds - adjustments);
        for (int i = 0; i < purchases; i++) {
            BillLine line = line(BillType.EXPENDITURE, "E" + i, amount(), instant(0), null);
            lines.add(line);
            expenditures.add(line);
        }
        for (int i = 0; i < refunds; i++) {
            if (refundsExceed || expenditures.isEmpty()) {
                // A refund of an order of an earlier cycle: this month's refunds may exceed its expenditures.
                lines.add(line(BillType.REFUND, "R" + i, amount().negate(), instant(0), "PREV-" + i));
            } else {
                BillLine original = expenditures.remove(random.nextInt(expenditures.size()));
                // Never more than the original fee, never before it, at the original's discount.
                BigDecimal part = original.expenditureDecimal()
                        .multiply(BigDecimal.valueOf(1 + random.nextInt(100), 2)).setScale(8, RoundingMode.DOWN).negate();
                long after = original.transactionTime().getEpochSecond() - start;
                lines.add(original.toBuilder().billType(BillType.REFUND).orderType(OrderType.UNSUBSCRIPTION)
                        .orderId(OrderId.of(original.orderId() + "-R" + i)).originalOrderId(original.orderId())
                        .transactionTime(instant(after))
                        .customerExpenditure(BillingArbitraries.money(part, spec.currency()))
                        .settlementAmount(original.discount().settlement(BillingArbitraries.money(part, spec.currency()),
                                RoundingPolicy.LINE))
                        .build());
            }
        }
        for (int i = 0; i < adjustments; i++) {
            BigDecimal a = amount();
            lines.add(line(BillType.ADJUSTMENT, "A" + i, random.nextBoolean() ? a : a.negate(), instant(0), null));
        }
        return lines;
    }

    // Texts that break naive CSV, JSON and spreadsheet handling.
    private static final String[] HOSTILE = {"=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)", "'=x", "a,b", "\"quoted\"",
        "line1\nline2", "cr\r\nlf", "\ttab", "Ünïcödé 中文", "日本語", "Ωmega", "semi;colon", " spaced "};
    private static final String HOSTILE_CHARS = ",\"'=+-@中é";

    /** The plain text, or a hostile variant of it that still reads as that text. */
    private String text(String plain) {
        if (!spec.isHostileText()) {
            return plain;
        }
        return switch (random.nextInt(3)) {
            case 0 -> HOSTILE[random.nextInt(HOSTILE.length)];
            case 1 -> HOSTILE[random.nextInt(HOSTILE.length)] + " " + plain;
            default -> plain;
        };
    }

    /** An id text: hostile characters around the plain id when asked, never blank or padded. */
    private String id(String plain) {
        if (!spec.isHostileText() || random.nextBoolean()) {
            return plain;
        }
        return HOSTILE_CHARS.charAt(random.nextInt(HOSTILE_CHARS.length())) + plain
                + HOSTILE_CHARS.charAt(random.nextInt(HOSTILE_CHARS.length()));
    }

    private static String nonBlank(String text) {
        return text.isBlank() ? "Product" : text;
    }

    private static final BigDecimal LONG_UNITS = BigDecimal.valueOf(Long.MAX_VALUE);

    private BigDecimal amount() {
        BigDecimal max = spec.maxAmount();
        // Mostly ordinary amounts, sometimes the smallest unit.
        if (random.nextInt(50) == 0) {
            return new BigDecimal("0.00000001");
        }
        BigDecimal maxUnits = max.movePointRight(8);
        if (maxUnits.compareTo(LONG_UNITS) <= 0) {
            long units = (long) (random.nextDouble() * maxUnits.longValue());
            return BigDecimal.valueOf(units, 8);
        }
        // Past a long of 10^-8 units (over 92 billion): scale in BigDecimal, as a long would wrap around.
        BigDecimal units = new BigDecimal(random.nextDouble()).multiply(maxUnits).setScale(0, RoundingMode.DOWN);
        return units.movePointLeft(8);
    }

    private Instant instant(long notBefore) {
        int pick = random.nextInt(40);
        if (pick == 0 && notBefore == 0) {
            return Instant.ofEpochSecond(start); // first second of the cycle
        }
        if (pick == 1) {
            return Instant.ofEpochSecond(start + span - 1); // last second of the cycle
        }
        return Instant.ofEpochSecond(start + notBefore + (long) (random.nextDouble() * (span - notBefore)));
    }

    private BillLine line(BillType type, String suffix, BigDecimal expenditure, Instant at, @Nullable String original) {
        CurrencyUnit currency = spec.currency();
        DiscountRate rate = DiscountRate.ofPercentOff(BigDecimal.valueOf(random.nextInt(10000), 2));
        int product = random.nextInt(spec.products());
        BillLine.Builder b = BillLine.builder().cycle(spec.cycle()).partner(spec.partner())
                .customer(CustomerId.of(id("C-" + (1 + random.nextInt(spec.customers())))))
                .billType(type).billingMode(BillingMode.values()[random.nextInt(BillingMode.values().length)])
                .productType(text("Common products")).productName(nonBlank(text("Product " + product)))
                .product(ProductId.of(id("PRD-" + product)))
                .productTypeCode(text("")).application(text("")).specifications(text("")).resourceType(text(""))
                .resourceTypeCode(text("")).region(text(""))
                .regionCode(spec.regionCodes().get(random.nextInt(spec.regionCodes().size())))
                .orderId(OrderId.of(id(spec.partner() + "-" + spec.cycle() + "-" + suffix))).transactionTime(at)
                .orderType(switch (type) {
                    case EXPENDITURE -> random.nextBoolean() ? OrderType.NEW_PURCHASE : OrderType.RENEWAL;
                    case REFUND -> random.nextBoolean() ? OrderType.UNSUBSCRIPTION : OrderType.CHANGE;
                    case ADJUSTMENT -> OrderType.FEE_ADJUSTMENT;
                })
                .customerExpenditure(BillingArbitraries.money(expenditure, currency)).discount(rate);
        if (original != null) {
            b.originalOrderId(OrderId.of(original.startsWith("PREV-")
                    ? spec.partner() + "-" + spec.cycle().previous() + "-" + original : original));
        }
        return b.settlementAmount(rate.settlement(BillingArbitraries.money(expenditure, currency), RoundingPolicy.LINE))
                .build();
    }
}
