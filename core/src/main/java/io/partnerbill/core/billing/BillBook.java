package io.partnerbill.core.billing;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillId;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.NotYetIssuableException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.BillEstimate;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.store.BillingStore;
import java.math.BigDecimal;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.payment.AmountDueView;
import io.partnerbill.core.payment.CreditEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The bills of a {@link PartnerBilling}: a partner's monthly bill computed from the stored
 * lines of a cycle, the estimate of a running cycle, issuing, and the amount due across months.
 *
 * <p>This class is thread-safe.
 */
public final class BillBook {

    private final BillingStore store;
    private final BillingCalendar calendar;
    private final CurrencyUnit currency;
    private final MonthlyBillCalculator calculator;
    private final BillIssuer issuer;
    private final Clock clock;

    BillBook(BillingStore store, BillingCalendar calendar, CurrencyUnit currency, MonthlyBillCalculator calculator,
            BillIssuer issuer, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.currency = currency;
        this.calculator = calculator;
        this.issuer = issuer;
        this.clock = clock;
    }

    /**
     * Issues a partner's bill of a cycle, at the facade clock's instant, in one transaction:
     * computes it from the cycle's lines, uses the partner's valid coupons up to its net
     * settlement, grants a negative bill's surplus as credit (under CARRY_FORWARD), applies
     * credit to it, and numbers it. Issuing again returns the same bill; once issued, the
     * cycle takes no more lines.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @return the issued bill, not null
     * @throws NotYetIssuableException before the cycle's issue instant
     */
    public IssuedBill issue(PartnerId partner, BillCycle cycle) {
        return issuer.issue(Objects.requireNonNull(partner, "partner"), Objects.requireNonNull(cycle, "cycle"));
    }

    /**
     * Finds a partner's issued bill of a cycle.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @return the bill, or empty if not issued, not null
     */
    public Optional<IssuedBill> issued(PartnerId partner, BillCycle cycle) {
        return store.bills().find(partner, cycle);
    }

    /**
     * Finds an issued bill.
     *
     * @param id the bill id, not null
     * @return the bill, or empty, not null
     */
    public Optional<IssuedBill> issued(BillId id) {
        return store.bills().find(id);
    }

    /**
     * Lists a partner's issued bills, oldest cycle first.
     *
     * @param partner the partner, not null
     * @return the bills, not null
     */
    public List<IssuedBill> issuedBills(PartnerId partner) {
        return store.bills().ofPartner(partner);
    }

    /**
     * Lists a partner's issued bills with something outstanding, oldest cycle first.
     *
     * @param partner the partner, not null
     * @return the bills, not null
     */
    public List<IssuedBill> unpaid(PartnerId partner) {
        return PaymentBook.unpaid(store, partner);
    }

    /**
     * Returns the "Amount Due" view of a partner now, by the facade's clock.
     *
     * @param partner the partner, not null
     * @return the view, not null
     */
    public AmountDueView amountDue(PartnerId partner) {
        return amountDue(partner, clock.instant());
    }

    /**
     * Returns the "Amount Due" view of a partner at an instant: the running cycle's estimate
     * as of that day, the previous cycle as pending (its estimate) while it has lines and its
     * bill is not issued, and every issued bill still unpaid, oldest first, with the total owed.
     *
     * @param partner the partner, not null
     * @param at the instant, not null
     * @return the view, not null
     */
    public AmountDueView amountDue(PartnerId partner, Instant at) {
        Objects.requireNonNull(at, "at");
        return store.inTransaction(s -> {
            List<IssuedBill> unpaid = PaymentBook.unpaid(s, partner);
            BigDecimal owed = BigDecimal.ZERO;
            for (IssuedBill b : unpaid) {
                owed = owed.add(ExactMoney.decimal(b.outstanding()));
            }
            BigDecimal credit = BigDecimal.ZERO;
            for (CreditEntry e : s.payments().creditsOf(partner)) {
                credit = credit.add(ExactMoney.decimal(e.amount()));
            }
            LocalDate day = LocalDate.ofInstant(at, calendar.zone());
            BillEstimate estimate = estimate(partner, day);
            // The previous cycle is closed; until its bill is issued it is owed nowhere else, so it shows as
            // pending. Decided on this transaction's bills, so that a cycle is never pending and issued at once.
            BillCycle previous = calendar.cycleOf(at).previous();
            Optional<BillEstimate> pending = Optional.empty();
            if (s.bills().find(partner, previous).isEmpty()) {
                BillEstimate closed = estimate(partner, previous.month().atEndOfMonth());
                pending = closed.lineCount() > 0 ? Optional.of(closed) : Optional.empty();
            }
            return new AmountDueView(partner, at, estimate, unpaid, ExactMoney.monetary(owed, currency),
                    ExactMoney.monetary(credit, currency), pending);
        });
    }

    /**
     * Computes a partner's bill of a cycle, with no cash coupons.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @return the bill, not null
     */
    public MonthlyBill calculate(PartnerId partner, BillCycle cycle) {
        return calculate(partner, cycle, ExactMoney.monetary(BigDecimal.ZERO, currency));
    }

    /**
     * Computes a partner's bill of a cycle, using cash coupons up to its net settlement.
     *
     * @param partner the partner, not null
     * @param cycle the cycle, not null
     * @param couponsAvailable the coupons the partner can use, zero or more, not null
     * @return the bill, not null
     */
    public MonthlyBill calculate(PartnerId partner, BillCycle cycle, MonetaryAmount couponsAvailable) {
        BillAccumulator acc = BillAccumulator.create(partner, cycle, currency);
        store.lines().sumInto(acc);
        return calculator.calculate(acc, couponsAvailable);
    }

    /**
     * Computes the estimate of a partner's cycle as of the end of a day in the billing zone:
     * the cycle is the day's month, the lines those before the day's end; no tax, no coupons.
     *
     * @param partner the partner, not null
     * @param asOf the day, not null
     * @return the estimate, not null
     */
    public BillEstimate estimate(PartnerId partner, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        BillCycle cycle = BillCycle.of(java.time.YearMonth.from(asOf));
        Instant end = calendar.endOfDay(asOf);
        BillAccumulator acc = BillAccumulator.create(partner, cycle, currency);
        store.lines().sumInto(acc, end);
        return calculator.estimate(acc, asOf);
    }

    /** @return the calculator this book uses, not null */
    public MonthlyBillCalculator calculator() {
        return calculator;
    }
}
