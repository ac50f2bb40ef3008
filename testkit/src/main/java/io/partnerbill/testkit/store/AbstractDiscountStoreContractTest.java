package io.partnerbill.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.DiscountId;
import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.ProductId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.discount.Discount;
import io.partnerbill.core.discount.DiscountRate;
import io.partnerbill.core.discount.SettlementType;
import java.time.Instant;
import io.partnerbill.core.store.DiscountStore;
import org.junit.jupiter.api.Test;

/** What every {@link DiscountStore} must do. */
public abstract class AbstractDiscountStoreContractTest extends AbstractStoreContractTest {

    /** For subclasses. */
    protected AbstractDiscountStoreContractTest() {
    }

    private static final PartnerId PARTNER = PartnerId.of("P-1");

    private static Discount discount(String id, String product, String effective) {
        return Discount.builder().id(DiscountId.of(id)).partner(PARTNER).product(ProductId.of(product))
                .productName("Product " + product).productType("Common products").rate(DiscountRate.parse("11.12% off"))
                .effective(Instant.parse(effective)).expiry(Instant.parse("2099-12-31T15:59:59Z"))
                .settlementType(SettlementType.PROMOTIONAL_PRODUCT).build();
    }

    @Test
    public void insertThenFindGivesAnEqualDiscount() {
        Discount d = discount("D1", "PRD-1", "2024-01-01T00:00:00.123456Z");
        store.discounts().insert(d);
        assertThat(store.discounts().find(DiscountId.of("D1"))).contains(d);
        assertThat(store.discounts().find(DiscountId.of("D2"))).isEmpty();
    }

    @Test
    public void insert_refusesATakenId() {
        store.discounts().insert(discount("D1", "PRD-1", "2024-01-01T00:00:00Z"));
        assertThatThrownBy(() -> store.discounts().insert(discount("D1", "PRD-2", "2024-01-01T00:00:00Z")))
                .isInstanceOf(DuplicateKeyException.class).hasMessage("Discount 'D1' already exists");
        assertThat(store.discounts().find(DiscountId.of("D1")).orElseThrow().product()).isEqualTo(ProductId.of("PRD-1"));
    }

    @Test
    public void updateReplacesAndKeepsTheCancelInstant() {
        Discount d = discount("D1", "PRD-1", "2024-01-01T00:00:00Z");
        store.discounts().insert(d);
        Discount canceled = d.canceledAt(Instant.parse("2024-02-01T00:00:00Z"));
        store.discounts().update(canceled);
        assertThat(store.discounts().find(DiscountId.of("D1"))).contains(canceled);
        assertThatThrownBy(() -> store.discounts().update(discount("D9", "PRD-1", "2024-01-01T00:00:00Z")))
                .isInstanceOf(UnknownEntityException.class).hasMessage("Unknown discount 'D9'");
    }

    @Test
    public void ofPartner_ordersByEffectiveThenId() {
        store.discounts().insert(discount("D3", "PRD-3", "2024-03-01T00:00:00Z"));
        store.discounts().insert(discount("D2", "PRD-2", "2024-01-01T00:00:00Z"));
        store.discounts().insert(discount("D1", "PRD-1", "2024-01-01T00:00:00Z"));
        assertThat(store.discounts().ofPartner(PARTNER)).extracting(d -> d.id().value()).containsExactly("D1", "D2", "D3");
        assertThat(store.discounts().ofPartnerAndProduct(PARTNER, ProductId.of("PRD-2"))).hasSize(1);
        assertThat(store.discounts().ofPartner(PartnerId.of("P-2"))).isEmpty();
    }

    @Test
    public void aFailedTransactionUndoesInsertAndUpdate() {
        Discount d = discount("D1", "PRD-1", "2024-01-01T00:00:00Z");
        store.discounts().insert(d);
        assertThatThrownBy(() -> store.inTransaction(s -> {
            s.discounts().update(d.canceledAt(Instant.parse("2024-02-01T00:00:00Z")));
            s.discounts().insert(discount("D2", "PRD-2", "2024-01-01T00:00:00Z"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(store.discounts().find(DiscountId.of("D1"))).contains(d);
        assertThat(store.discounts().find(DiscountId.of("D2"))).isEmpty();
        assertThat(store.discounts().ofPartnerAndProduct(PARTNER, ProductId.of("PRD-1"))).containsExactly(d);
        assertThat(store.discounts().ofPartnerAndProduct(PARTNER, ProductId.of("PRD-2"))).isEmpty();
    }

    @Test
    void ofPartnerAndProduct_seesUpdatesAndOrdersByEffectiveThenId() {
        Discount late = discount("D3", "PRD-1", "2024-03-01T00:00:00Z");
        Discount early = discount("D9", "PRD-1", "2024-01-01T00:00:00Z");
        Discount other = discount("D4", "PRD-4", "2024-01-01T00:00:00Z");
        store.discounts().insert(late);
        store.discounts().insert(other);
        store.discounts().insert(early);
        Discount canceled = late.canceledAt(Instant.parse("2024-04-01T00:00:00Z"));
        store.discounts().update(canceled);

        assertThat(store.discounts().ofPartnerAndProduct(PARTNER, ProductId.of("PRD-1"))).containsExactly(early, canceled);
        assertThat(store.discounts().ofPartnerAndProduct(PartnerId.of("P-other"), ProductId.of("PRD-1"))).isEmpty();
    }
}
