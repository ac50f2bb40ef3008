package io.partnerbill.core.store;

import io.partnerbill.core.DiscountId;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.discount.Discount;
import java.util.List;
import java.util.Optional;

/** Keeps authorized discounts, canceled ones included. */
public interface DiscountStore {

    /**
     * Stores a new discount.
     *
     * @param discount the discount, not null
     * @throws io.partnerbill.core.DuplicateKeyException if a discount with that id exists
     */
    void insert(Discount discount);

    /**
     * Replaces a stored discount by a new version of it (same id), such as its canceled form.
     *
     * @param discount the new version, not null
     * @throws io.partnerbill.core.UnknownEntityException if no discount has that id
     */
    void update(Discount discount);

    /**
     * Finds a discount.
     *
     * @param id the id, not null
     * @return the discount, or empty, not null
     */
    Optional<Discount> find(DiscountId id);

    /**
     * Lists a partner's discounts, canceled ones included, by effective instant and then id.
     *
     * @param partner the partner, not null
     * @return the discounts, not null
     */
    List<Discount> ofPartner(PartnerId partner);

    /**
     * Locks a partner's product for an authorization until the calling transaction ends, so
     * that two authorizations of one partner and product check their overlap one after the
     * other. Called inside the authorizing transaction before it reads the product's
     * discounts. The default does nothing, which is right for a store whose transactions run
     * one at a time (the in-memory store).
     *
     * @param partner the partner, not null
     * @param product the product, not null
     */
    default void lockProduct(PartnerId partner, ProductId product) {
    }

    /**
     * Lists a partner's discounts on one product, in the order of {@link #ofPartner}.
     *
     * @param partner the partner, not null
     * @param product the product, not null
     * @return the discounts, not null
     */
    default List<Discount> ofPartnerAndProduct(PartnerId partner, ProductId product) {
        return ofPartner(partner).stream().filter(d -> d.product().equals(product)).toList();
    }
}
