package io.partnerbill.core.store;

import io.partnerbill.core.DiscountId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.discount.Discount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

final class InMemoryDiscountStore implements DiscountStore {

    private static final Comparator<Discount> ORDER = Comparator.comparing(Discount::effective)
            .thenComparing(Discount::id);

    private final MemoryTx tx;
    private final Map<DiscountId, Discount> byId = new HashMap<>();
    // Resolving an order's discount looks up one product: index by product, not by partner's sorted list.
    private final Map<ProductId, List<Discount>> byProduct = new HashMap<>();
    // Every order asks for one partner's discounts of one product: the sorted answer is kept
    // until a discount of that product is written (or a write is rolled back).
    private final Map<ProductId, Map<PartnerId, List<Discount>>> sorted = new HashMap<>();

    InMemoryDiscountStore(MemoryTx tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Discount discount) {
        Objects.requireNonNull(discount, "discount");
        tx.locked(() -> {
            if (byId.containsKey(discount.id())) {
                throw new DuplicateKeyException("Discount '" + discount.id() + "' already exists");
            }
            byId.put(discount.id(), discount);
            index(discount);
            tx.onRollback(() -> {
                byId.remove(discount.id());
                unindex(discount);
            });
        });
    }

    @Override
    public void update(Discount discount) {
        Objects.requireNonNull(discount, "discount");
        tx.locked(() -> {
            Discount old = byId.get(discount.id());
            if (old == null) {
                throw new UnknownEntityException("Unknown discount '" + discount.id() + "'");
            }
            byId.put(discount.id(), discount);
            unindex(old);
            index(discount);
            tx.onRollback(() -> {
                byId.put(old.id(), old);
                unindex(discount);
                index(old);
            });
        });
    }

    @Override
    public Optional<Discount> find(DiscountId id) {
        Objects.requireNonNull(id, "id");
        return tx.locked(() -> Optional.ofNullable(byId.get(id)));
    }

    private void index(Discount discount) {
        sorted.remove(discount.product());
        byProduct.computeIfAbsent(discount.product(), p -> new ArrayList<>()).add(discount);
    }

    @SuppressWarnings("ReferenceEquality") // removes the very instance index() added, not an equal one
    private void unindex(Discount discount) {
        sorted.remove(discount.product());
        List<Discount> discounts = byProduct.get(discount.product());
        if (discounts != null) {
            discounts.removeIf(d -> d == discount);
            if (discounts.isEmpty()) {
                byProduct.remove(discount.product());
            }
        }
    }

    @Override
    public List<Discount> ofPartnerAndProduct(PartnerId partner, ProductId product) {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(product, "product");
        return tx.locked(() -> {
            List<Discount> ofProduct = byProduct.get(product);
            if (ofProduct == null) {
                // Nothing is kept for a product without discounts, so asking never grows the store.
                return List.of();
            }
            Map<PartnerId, List<Discount>> byPartner = sorted.computeIfAbsent(product, p -> new HashMap<>());
            List<Discount> answer = byPartner.get(partner);
            if (answer == null) {
                List<Discount> found = new ArrayList<>();
                for (Discount d : ofProduct) {
                    if (d.partner().equals(partner)) {
                        found.add(d);
                    }
                }
                found.sort(ORDER);
                answer = List.copyOf(found);
                byPartner.put(partner, answer);
            }
            return answer;
        });
    }

    @Override
    public List<Discount> ofPartner(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return tx.locked(() -> byId.values().stream().filter(d -> d.partner().equals(partner)).sorted(ORDER).toList());
    }
}
