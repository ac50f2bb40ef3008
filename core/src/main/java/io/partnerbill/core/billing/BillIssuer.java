package io.partnerbill.core.billing;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillId;
import io.partnerbill.core.BilledParty;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.Identifier;
import io.partnerbill.core.NotYetIssuableException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.bill.BillAccumulator;
import io.partnerbill.core.bill.CouponUse;
import io.partnerbill.core.bill.IssuedBill;
import io.partnerbill.core.bill.MonthlyBill;
import io.partnerbill.core.bill.MonthlyBillCalculator;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.payment.Coupon;
import io.partnerbill.core.payment.CreditEntry;
import io.partnerbill.core.payment.CreditPolicy;
import io.partnerbill.core.store.BillingStore;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.money.CurrencyUnit;

/** Issues a partner's bill of a cycle: one transaction that computes, uses coupons and credit, and numbers it. */
final class BillIssuer {

    private final BillingStore store;
    private final BillingCalendar calendar;
    private final Clock clock;
    private final CurrencyUnit currency;
    private final MonthlyBillCalculator calculator;
    private final CreditPolicy creditPolicy;
    private final Numbering numbering;

    BillIssuer(BillingStore store, BillingCalendar calendar, Clock clock, CurrencyUnit currency,
            MonthlyBillCalculator calculator, CreditPolicy creditPolicy, Numbering numbering) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
        this.currency = currency;
        this.calculator = calculator;
        this.creditPolicy = creditPolicy;
        this.numbering = numbering;
    }

    IssuedBill issue(PartnerId partner, BillCycle cycle) {
        return store.inTransaction(s -> {
            // First: concurrent appends of the cycle finish (their lines are counted) and a
            // concurrent issue of it commits (its bill is returned below), before anything is read.
            s.bills().lockCycleForIssue(partner, cycle);
            var existing = s.bills().find(partner, cycle);
            if (existing.isPresent()) {
                return existing.get();
            }
            Instant now = clock.instant();
            Instant issueAt = calendar.issueInstant(cycle);
            if (now.isBefore(issueAt)) {
                throw new NotYetIssuableException(partner, cycle, "The bill of partner '" + partner + "' for " + cycle + " can be issued from "
                        + issueAt + " (" + issueAt.atZone(calendar.zone()).toLocalDateTime() + " " + calendar.zone()
                        + "), not at " + now);
            }
            List<Coupon> usable = s.coupons().ofPartner(partner).stream().filter(c -> c.usableAt(now)).toList();
            BigDecimal available = BigDecimal.ZERO;
            for (Coupon c : usable) {
                ExactMoney.requireCurrency(currency, c.balance().getCurrency(), "Coupon '" + c.id() + "'");
                available = available.add(ExactMoney.decimal(c.balance()));
            }
            BillAccumulator lines = BillAccumulator.create(partner, cycle, currency);
            s.lines().sumInto(lines);
            MonthlyBill bill = calculator.calculate(lines, ExactMoney.monetary(available, currency));
            List<CouponUse> uses = useCoupons(s, usable, ExactMoney.decimal(bill.couponsUsed()));
            BillId id = billId(partner, cycle);
            if (bill.isNegative() && creditPolicy == CreditPolicy.CARRY_FORWARD) {
                s.payments().insert(new CreditEntry(partner, bill.credit(), CreditEntry.Kind.NEGATIVE_BILL, id.value(), now));
            }
            BigDecimal balance = BigDecimal.ZERO;
            for (CreditEntry e : s.payments().creditsOf(partner)) {
                balance = balance.add(ExactMoney.decimal(e.amount()));
            }
            BigDecimal applied = balance.max(BigDecimal.ZERO).min(ExactMoney.decimal(bill.amountDue()));
            if (applied.signum() > 0) {
                s.payments().insert(new CreditEntry(partner, ExactMoney.monetary(applied.negate(), currency),
                        CreditEntry.Kind.APPLIED_TO_BILL, id.value(), now));
            }
            String invoice = numbering.number(s, BilledParty.partner(partner), cycle, now,
                    () -> s.bills().ofPartner(partner).stream().map(IssuedBill::issuedAt).toList());
            IssuedBill issued = IssuedBill.of(id, invoice, now, bill, uses, ExactMoney.monetary(applied, currency));
            s.bills().insert(issued);
            return issued;
        });
    }

    private List<CouponUse> useCoupons(BillingStore s, List<Coupon> usable, BigDecimal toUse) {
        List<CouponUse> uses = new ArrayList<>();
        BigDecimal left = toUse;
        // Coupons that expire first are used first (the store lists them by end of validity).
        for (Coupon c : usable) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal take = left.min(ExactMoney.decimal(c.balance()));
            s.coupons().update(c.use(ExactMoney.monetary(take, currency)));
            uses.add(new CouponUse(c.id(), ExactMoney.monetary(take, currency)));
            left = left.subtract(take);
        }
        return uses;
    }

    /** A readable id, {@code partner/cycle}; a name-based UUID when that would be too long. */
    static BillId billId(PartnerId partner, BillCycle cycle) {
        String readable = partner.value() + "/" + cycle;
        return readable.length() <= Identifier.MAX_LENGTH ? BillId.of(readable)
                : BillId.of(UUID.nameUUIDFromBytes(readable.getBytes(StandardCharsets.UTF_8)).toString());
    }
}
