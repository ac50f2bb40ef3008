package io.partnerbill.core.billing;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.BillingCalendar;
import io.partnerbill.core.CurrencyMismatchException;
import io.partnerbill.core.CustomerId;
import io.partnerbill.core.CycleClosedException;
import io.partnerbill.core.Identifier;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PriceRuleId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.money.ExactMoney;
import io.partnerbill.core.pricing.PriceRule;
import io.partnerbill.core.pricing.PriceScope;
import io.partnerbill.core.pricing.Repricing;
import io.partnerbill.core.store.BillingStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * A reseller's customer price book: what its customers pay it for each line. By default a
 * customer pays the line's list amount (the customer expenditure); repricing rules change that
 * from an effective cycle on (see {@link PriceRule}, {@link PriceScope}, {@link Repricing}).
 * Repricing never changes the operator's bill of the reseller.
 *
 * <p>Rules are set ahead: one whose first cycle is the current cycle (by the facade's clock, in
 * the billing zone) or earlier is refused unless made with {@link #correct}, which records the
 * reason. Issued statements keep the prices they were issued with.
 *
 * <p>This class is thread-safe.
 */
public final class PriceBook {

    private final BillingStore store;
    private final BillingCalendar calendar;
    private final CurrencyUnit currency;
    private final Clock clock;

    PriceBook(BillingStore store, BillingCalendar calendar, CurrencyUnit currency, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.currency = currency;
        this.clock = clock;
    }

    /**
     * Sets a rule that applies from a future cycle on.
     *
     * @param reseller the reseller, not null
     * @param scope the lines it covers, not null
     * @param repricing the price, not null
     * @param effectiveFrom the first cycle it prices, after the current cycle, not null
     * @return the stored rule, not null
     * @throws CycleClosedException if the cycle is the current one or earlier
     * @throws CurrencyMismatchException if a fixed price is not in the billing currency
     * @throws InvalidValueException if a fixed price names no product
     */
    public PriceRule set(PartnerId reseller, PriceScope scope, Repricing repricing, BillCycle effectiveFrom) {
        return add(reseller, scope, repricing, effectiveFrom, null);
    }

    /**
     * Records a correction: a rule for any cycle, the current and past ones included, with the
     * reason. It changes the statements of its cycles that are not issued yet.
     *
     * @param reseller the reseller, not null
     * @param scope the lines it covers, not null
     * @param repricing the price, not null
     * @param effectiveFrom the first cycle it prices, not null
     * @param reason why the prices are corrected, not blank
     * @return the stored rule, not null
     * @throws InvalidValueException if the reason is blank, or a fixed price names no product
     * @throws CurrencyMismatchException if a fixed price is not in the billing currency
     */
    public PriceRule correct(PartnerId reseller, PriceScope scope, Repricing repricing, BillCycle effectiveFrom,
            String reason) {
        return add(reseller, scope, repricing, effectiveFrom, Objects.requireNonNull(reason, "reason"));
    }

    private PriceRule add(PartnerId reseller, PriceScope scope, Repricing repricing, BillCycle effectiveFrom,
            @Nullable String correction) {
        Objects.requireNonNull(reseller, "reseller");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(repricing, "repricing");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Optional<MonetaryAmount> fixed = repricing.fixedPrice();
        if (fixed.isPresent()) {
            ExactMoney.requireCurrency(currency, fixed.get().getCurrency(), "Fixed price '" + repricing + "'");
        }
        return store.inTransaction(s -> {
            Instant now = clock.instant();
            BillCycle current = calendar.cycleOf(now);
            if (correction == null && effectiveFrom.compareTo(current) <= 0) {
                throw new CycleClosedException(reseller, current, "A price rule of reseller '" + reseller
                        + "' for " + scope + " must start after the current cycle " + current + ", was '" + effectiveFrom
                        + "'; record it with correct(..) and a reason to change the current or a past cycle");
            }
            int n = s.priceRules().ofReseller(reseller).size() + 1;
            PriceRule rule = PriceRule.of(ruleId(reseller, n), reseller, scope, repricing, effectiveFrom, now, correction);
            s.priceRules().insert(rule);
            return rule;
        });
    }

    private static PriceRuleId ruleId(PartnerId reseller, int n) {
        String readable = reseller.value() + "/PR-" + n;
        return readable.length() <= Identifier.MAX_LENGTH ? PriceRuleId.of(readable)
                : PriceRuleId.of(UUID.nameUUIDFromBytes(readable.getBytes(StandardCharsets.UTF_8)).toString());
    }

    /**
     * Lists a reseller's rules, corrections included, in the order they were recorded.
     *
     * @param reseller the reseller, not null
     * @return the rules, not null
     */
    public List<PriceRule> rules(PartnerId reseller) {
        return store.priceRules().ofReseller(Objects.requireNonNull(reseller, "reseller"));
    }

    /**
     * Lists a reseller's corrections, in the order they were recorded.
     *
     * @param reseller the reseller, not null
     * @return the corrections, not null
     */
    public List<PriceRule> corrections(PartnerId reseller) {
        return rules(reseller).stream().filter(PriceRule::isCorrection).toList();
    }

    /**
     * Finds a rule.
     *
     * @param id the id, not null
     * @return the rule, or empty, not null
     */
    public Optional<PriceRule> find(PriceRuleId id) {
        return store.priceRules().find(Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns the rule that prices a customer's product in a cycle: the most specific scope, then
     * the latest effective cycle, then the rule recorded last.
     *
     * @param reseller the reseller, not null
     * @param customer the customer, not null
     * @param product the product, not null
     * @param cycle the cycle, not null
     * @return the rule, or empty when the list amount applies, not null
     */
    public Optional<PriceRule> ruleFor(PartnerId reseller, CustomerId customer, ProductId product, BillCycle cycle) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(cycle, "cycle");
        return Pricer.of(store, Objects.requireNonNull(reseller, "reseller")).ruleFor(customer, product, cycle);
    }

    /**
     * Returns what the customer pays the reseller for a line (refunds at the price the original
     * order was sold at), at 8 decimals.
     *
     * @param line the line, not null
     * @return the customer amount, not null
     */
    public MonetaryAmount price(BillLine line) {
        Objects.requireNonNull(line, "line");
        return store.inTransaction(s -> Pricer.of(s, line.partner()).price(s, line).customerAmount());
    }
}
