package io.partnerbill.core.pricing;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PriceRuleId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One repricing rule of a reseller's price book: a {@link Repricing} for the lines in a
 * {@link PriceScope}, from an effective bill cycle on, until a rule of the same scope with a
 * later effective cycle takes over.
 *
 * <p>A rule normally starts in a future cycle; one that starts in the current or a past cycle
 * is a <em>correction</em> and carries the reason it was given. Rules are never deleted: a later
 * rule of the same scope and cycle supersedes an earlier one, and the book keeps both.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PriceRule {

    private final PriceRuleId id;
    private final PartnerId reseller;
    private final PriceScope scope;
    private final Repricing repricing;
    private final BillCycle effectiveFrom;
    private final Instant createdAt;
    private final @Nullable String correction;

    private PriceRule(PriceRuleId id, PartnerId reseller, PriceScope scope, Repricing repricing, BillCycle effectiveFrom,
            Instant createdAt, @Nullable String correction) {
        this.id = Objects.requireNonNull(id, "id");
        this.reseller = Objects.requireNonNull(reseller, "reseller");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.repricing = Objects.requireNonNull(repricing, "repricing");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.correction = correction;
        if (repricing.isFixedPrice() && scope.productId().isEmpty()) {
            throw new InvalidValueException("A fixed price is a price per product: rule '" + id + "' for " + scope
                    + " must name a product, was '" + repricing + "'");
        }
        if (correction != null && correction.isBlank()) {
            throw new InvalidValueException("The reason of correction rule '" + id + "' must not be blank, was '"
                    + correction + "'");
        }
    }

    /**
     * Obtains a rule.
     *
     * @param id the rule id, not null
     * @param reseller the reseller whose customers it prices, not null
     * @param scope the lines it covers, not null
     * @param repricing the price, not null; a fixed price needs a scope with a product
     * @param effectiveFrom the first cycle it prices, not null
     * @param createdAt when it was recorded, not null
     * @param correction the reason, for a correction of the current or a past cycle; null otherwise
     * @return the rule, not null
     * @throws InvalidValueException if a fixed price has no product, or the reason is blank
     */
    public static PriceRule of(PriceRuleId id, PartnerId reseller, PriceScope scope, Repricing repricing,
            BillCycle effectiveFrom, Instant createdAt, @Nullable String correction) {
        return new PriceRule(id, reseller, scope, repricing, effectiveFrom, createdAt, correction);
    }

    /** @return the id, not null */
    public PriceRuleId id() {
        return id;
    }

    /** @return the reseller, not null */
    public PartnerId reseller() {
        return reseller;
    }

    /** @return the lines covered, not null */
    public PriceScope scope() {
        return scope;
    }

    /** @return the price, not null */
    public Repricing repricing() {
        return repricing;
    }

    /** @return the first cycle priced, not null */
    public BillCycle effectiveFrom() {
        return effectiveFrom;
    }

    /** @return when the rule was recorded, not null */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return the reason of a correction, or empty for a rule set ahead of its cycle, not null */
    public Optional<String> correction() {
        return Optional.ofNullable(correction);
    }

    /** @return true if this rule corrects the current or a past cycle */
    public boolean isCorrection() {
        return correction != null;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PriceRule o && o.id.equals(id) && o.reseller.equals(reseller) && o.scope.equals(scope)
                && o.repricing.equals(repricing) && o.effectiveFrom.equals(effectiveFrom) && o.createdAt.equals(createdAt)
                && Objects.equals(o.correction, correction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, reseller, scope, effectiveFrom);
    }

    @Override
    public String toString() {
        return "PriceRule[" + id + " " + reseller + " " + scope + " " + repricing + " from " + effectiveFrom
                + (correction != null ? ", correction: " + correction : "") + "]";
    }
}
