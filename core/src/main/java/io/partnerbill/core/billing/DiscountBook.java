package io.partnerbill.core.billing;

import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.discount.DiscountStatus;
import io.partnerbill.core.DiscountConflictException;
import io.partnerbill.core.DiscountId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.store.BillingStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The discounts sellers authorize to resellers: authorize, cancel, query, and resolve the one
 * that applies to an order.
 *
 * <p>Two discounts of one reseller and product may not apply at the same instant: the second
 * authorization is refused. A canceled discount stays on record, applies only
 * to orders strictly before its cancel instant, and no longer blocks a new authorization
 * after that instant.
 *
 * <p>This class is thread-safe; each operation is one transaction of the store. Authorizations
 * of one reseller and product take turns ({@link io.partnerbill.core.store.DiscountStore#lockProduct}),
 * so of several overlapping ones authorized at once exactly one is stored.
 */
public final class DiscountBook {

    private final BillingStore store;
    private final Clock clock;

    private DiscountBook(BillingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Obtains a book over a store. Services normally use {@code PartnerBilling.discounts()}.
     *
     * @param store the store, not null
     * @param clock the clock that dates cancellations, not null
     * @return the book, not null
     */
    public static DiscountBook of(BillingStore store, Clock clock) {
        return new DiscountBook(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Authorizes a discount.
     *
     * @param discount the discount, not canceled, not null
     * @return the discount as stored, not null
     * @throws DiscountConflictException if it overlaps an active discount of the same reseller and product
     * @throws io.partnerbill.core.DuplicateKeyException if its id is taken
     */
    public Discount authorize(Discount discount) {
        Objects.requireNonNull(discount, "discount");
        if (discount.canceledAt().isPresent()) {
            throw new DiscountConflictException("Discount '" + discount.id() + "' is canceled and cannot be authorized");
        }
        return store.inTransaction(s -> {
            // Concurrent authorizations of the product check one after the other: one stays.
            s.discounts().lockProduct(discount.partner(), discount.product());
            for (Discount other : s.discounts().ofPartnerAndProduct(discount.partner(), discount.product())) {
                if (other.overlaps(discount)) {
                    throw new DiscountConflictException("Discount '" + discount.id() + "' (" + discount.effective() + " .. "
                            + discount.expiry() + ") overlaps discount '" + other.id() + "' (" + other.effective() + " .. "
                            + other.expiry() + ") of partner '" + discount.partner() + "' on product '" + discount.product()
                            + "'");
                }
            }
            s.discounts().insert(discount);
            return discount;
        });
    }

    /**
     * Cancels a discount now, by the book's clock.
     *
     * @param id the discount, not null
     * @return the canceled discount, not null
     * @see #cancel(DiscountId, Instant)
     */
    public Discount cancel(DiscountId id) {
        return cancel(id, clock.instant());
    }

    /**
     * Cancels a discount at an instant; orders from that instant on no longer get it.
     *
     * @param id the discount, not null
     * @param at the cancel instant, not null
     * @return the canceled discount, not null
     * @throws UnknownEntityException if there is no such discount
     * @throws DiscountConflictException if it was canceled already
     */
    public Discount cancel(DiscountId id, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        return store.inTransaction(s -> {
            Discount current = s.discounts().find(id)
                    .orElseThrow(() -> new UnknownEntityException("Unknown discount '" + id + "'"));
            if (current.canceledAt().isPresent()) {
                throw new DiscountConflictException("Discount '" + id + "' was already canceled at "
                        + current.canceledAt().get());
            }
            Discount canceled = current.canceledAt(at);
            s.discounts().update(canceled);
            return canceled;
        });
    }

    /**
     * Finds a discount.
     *
     * @param id the id, not null
     * @return the discount, or empty, not null
     */
    public Optional<Discount> find(DiscountId id) {
        return store.discounts().find(id);
    }

    /**
     * Lists a partner's discounts, canceled ones included.
     *
     * @param partner the partner, not null
     * @return the discounts by effective instant, not null
     */
    public List<Discount> list(PartnerId partner) {
        return store.discounts().ofPartner(partner);
    }

    /**
     * Lists a partner's discounts of one status at an instant.
     *
     * @param partner the partner, not null
     * @param status the status wanted, not null
     * @param at the instant the status is taken at, not null
     * @return the discounts by effective instant, not null
     */
    public List<Discount> withStatus(PartnerId partner, DiscountStatus status, Instant at) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        return list(partner).stream().filter(d -> d.statusAt(at) == status).toList();
    }

    /**
     * Lists a partner's discounts whose product name contains a fragment, ignoring case.
     *
     * @param partner the partner, not null
     * @param nameFragment the fragment, not null; empty matches all
     * @return the discounts by effective instant, not null
     */
    public List<Discount> searchByProductName(PartnerId partner, String nameFragment) {
        String wanted = Objects.requireNonNull(nameFragment, "nameFragment").toLowerCase(Locale.ROOT);
        return list(partner).stream()
                .filter(d -> d.productName().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
    }

    /**
     * Resolves the discount that applies to an order of a product at an instant.
     *
     * @param partner the reseller, not null
     * @param product the product, not null
     * @param at the order instant, not null
     * @return the discount, or empty when the order is settled at list price, not null
     */
    public Optional<Discount> resolve(PartnerId partner, ProductId product, Instant at) {
        Objects.requireNonNull(at, "at");
        for (Discount d : store.discounts().ofPartnerAndProduct(partner, product)) {
            if (d.appliesAt(at)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Resolves the rate for an order: the applying discount's rate, or none.
     *
     * @param partner the reseller, not null
     * @param product the product, not null
     * @param at the order instant, not null
     * @return the rate, {@link DiscountRate#NONE} when no discount applies, not null
     */
    public DiscountRate rateFor(PartnerId partner, ProductId product, Instant at) {
        return resolve(partner, product, at).map(Discount::rate).orElse(DiscountRate.NONE);
    }
}
