package io.partnerbill.export.html;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.bill.BillType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * What the HTML report takes from a bill's lines in one streaming pass: the settlement of the
 * EXPENDITURE lines per day of the cycle in the billing zone, and the refund and adjustment
 * lines, of which the earliest {@code listLimit} are kept (by transaction time, then order id)
 * and the rest only counted and summed. Memory depends on the days of the month and the limit,
 * never on the number of lines.
 *
 * <p>Lines of another partner or cycle, and lines whose instant falls outside the cycle in the
 * calendar's zone, are skipped and counted. Not thread-safe.
 */
final class ReportLines implements Consumer<BillLine> {

    private static final Comparator<BillLine> CHRONOLOGICAL = Comparator.comparing(BillLine::transactionTime)
            .thenComparing(line -> line.orderId().value());

    private final PartnerId partner;
    private final BillCycle cycle;
    private final ZoneId zone;
    private final int listLimit;
    private final BigDecimal[] daily;
    private final long[] dailyLines;
    /** The latest of the kept refunds and adjustments on top, so it is the one to drop. */
    private final PriorityQueue<BillLine> kept;
    private long linesRead;
    private long skipped;
    private long othersCount;
    private BigDecimal othersSum = BigDecimal.ZERO;
    private long notListed;
    private BigDecimal notListedSum = BigDecimal.ZERO;

    ReportLines(PartnerId partner, BillCycle cycle, BillingCalendar calendar, int listLimit) {
        this.partner = partner;
        this.cycle = cycle;
        this.zone = calendar.zone();
        this.listLimit = listLimit;
        int days = cycle.month().lengthOfMonth();
        daily = new BigDecimal[days];
        Arrays.fill(daily, BigDecimal.ZERO);
        dailyLines = new long[days];
        kept = new PriorityQueue<>(CHRONOLOGICAL.reversed());
    }

    @Override
    public void accept(BillLine line) {
        linesRead++;
        if (!line.partner().equals(partner) || !line.cycle().equals(cycle)) {
            skipped++;
            return;
        }
        LocalDate day = LocalDate.ofInstant(line.transactionTime(), zone);
        if (!cycle.month().equals(YearMonth.from(day))) {
            skipped++;
            return;
        }
        if (line.billType() == BillType.EXPENDITURE) {
            int i = day.getDayOfMonth() - 1;
            daily[i] = daily[i].add(line.settlementDecimal());
            dailyLines[i]++;
            return;
        }
        othersCount++;
        othersSum = othersSum.add(line.settlementDecimal());
        if (listLimit == 0) {
            notListed++;
            notListedSum = notListedSum.add(line.settlementDecimal());
            return;
        }
        kept.add(line);
        if (kept.size() > listLimit) {
            BillLine dropped = kept.poll();
            notListed++;
            notListedSum = notListedSum.add(dropped.settlementDecimal());
        }
    }

    /** @return the exact settlement of the expenditure lines of each day, index 0 = day 1 */
    List<BigDecimal> daily() {
        return List.of(daily);
    }

    /** @return the expenditure lines of each day, index 0 = day 1 */
    long[] dailyLines() {
        return dailyLines.clone();
    }

    /** @return the kept refunds and adjustments, chronologically */
    List<BillLine> listed() {
        List<BillLine> list = new ArrayList<>(kept);
        list.sort(CHRONOLOGICAL);
        return list;
    }

    /** @return how many refund and adjustment lines were read */
    long othersCount() {
        return othersCount;
    }

    /** @return the exact settlement of all refund and adjustment lines */
    BigDecimal othersSum() {
        return othersSum;
    }

    /** @return how many refunds and adjustments are not in {@link #listed()} */
    long notListed() {
        return notListed;
    }

    /** @return the exact settlement of the refunds and adjustments not listed */
    BigDecimal notListedSum() {
        return notListedSum;
    }

    /** @return how many lines were read */
    long linesRead() {
        return linesRead;
    }

    /** @return how many lines were skipped: another partner or cycle, or outside the cycle */
    long skipped() {
        return skipped;
    }
}
