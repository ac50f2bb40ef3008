package io.partnerbill.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerbill.core.DiscountId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The in-memory discount store keeps each partner's sorted discounts of a product between
 * writes; after any inserts, updates and rolled-back writes its answer must be the interface's
 * plain form (the partner's discounts, sorted, filtered by product).
 */
class InMemoryDiscountLookupPropertiesTest {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    /** Writes discount {@code id} (insert, or update when it exists) for a partner and product; maybe rolled back. */
    record Write(int id, int partner, int product, int days, boolean abort) {
    }

    @Provide
    Arbitrary<List<Write>> writes() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 3), Arbitraries.of(false, true))
                .as(Write::new).list().ofMaxSize(15);
    }

    private static Discount discount(Write w) {
        return Discount.builder().id(DiscountId.of("D" + w.id())).partner(PartnerId.of("P" + w.partner()))
                .product(ProductId.of("PRD" + w.product())).productName("Product " + w.product())
                .rate(DiscountRate.ofPercentOff("10.00")).effective(START.plusSeconds(86_400L * w.days()))
                .expiry(START.plusSeconds(86_400L * 400)).build();
    }

    @Property(tries = 300)
    void partnerAndProduct_isThePlainFilterOfThePartnersDiscounts(@ForAll("writes") List<Write> writes) {
        BillingStore store = BillingStore.inMemory();
        for (Write w : writes) {
            // Ask first, so a kept answer exists when the write comes.
            check(store);
            try {
                store.inTransaction(s -> {
                    Discount d = discount(w);
                    if (s.discounts().find(d.id()).isPresent()) {
                        s.discounts().update(d);
                    } else {
                        s.discounts().insert(d);
                    }
                    if (w.abort()) {
                        throw new IllegalStateException("abort");
                    }
                    return null;
                });
            } catch (IllegalStateException | DuplicateKeyException | UnknownEntityException e) {
                assertThat(e).hasMessage("abort");
            }
            check(store);
        }
    }

    private static void check(BillingStore store) {
        DiscountStore discounts = store.discounts();
        for (int p = 0; p < 2; p++) {
            for (int q = 0; q < 4; q++) {
                PartnerId partner = PartnerId.of("P" + p);
                ProductId product = ProductId.of("PRD" + q);
                List<Discount> plain = discounts.ofPartner(partner).stream()
                        .filter(d -> d.product().equals(product)).toList();
                assertThat(discounts.ofPartnerAndProduct(partner, product)).containsExactlyElementsOf(plain);
            }
        }
    }
}
