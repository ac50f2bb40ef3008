package io.partnerbill.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.reseller.ApplicationStatus;
import io.partnerbill.core.reseller.Reseller;
import io.partnerbill.core.reseller.ResellerAgreement;
import io.partnerbill.core.reseller.StatusChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import io.partnerbill.core.store.BillingStore;
import io.partnerbill.core.store.ResellerStore;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ResellerStore} meets. A store implementation extends this class
 * and returns a new, empty {@link BillingStore} from {@link #createStore()}.
 */
public abstract class AbstractResellerStoreContractTest extends AbstractStoreContractTest {

    /** For subclasses. */
    protected AbstractResellerStoreContractTest() {
    }

    private static final Instant T0 = Instant.parse("2024-03-01T01:00:00Z");

    static Reseller submitted(String id) {
        return Reseller.of(PartnerId.of(id), "Reseller " + id, ResellerAgreement.accepted("2024.1", T0),
                List.of(new StatusChange(ApplicationStatus.SUBMITTED, T0, "")));
    }

    static Reseller approved(String id) {
        List<StatusChange> history = new ArrayList<>(submitted(id).history());
        history.add(new StatusChange(ApplicationStatus.APPROVED, T0.plusSeconds(60), ""));
        return Reseller.of(PartnerId.of(id), "Reseller " + id, ResellerAgreement.accepted("2024.1", T0), history);
    }

    @Test
    public void insert_thenFindReturnsEqualReseller() {
        store.resellers().insert(submitted("P1"));

        assertThat(store.resellers().find(PartnerId.of("P1"))).contains(submitted("P1"));
        assertThat(store.resellers().find(PartnerId.of("P2"))).isEmpty();
    }

    @Test
    public void insert_refusesSecondResellerOfSamePartner() {
        store.resellers().insert(submitted("P1"));

        assertThatThrownBy(() -> store.resellers().insert(approved("P1")))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("'P1'");
        assertThat(store.resellers().find(PartnerId.of("P1"))).contains(submitted("P1"));
    }

    @Test
    public void update_replacesStoredVersion() {
        store.resellers().insert(submitted("P1"));

        store.resellers().update(approved("P1"));

        assertThat(store.resellers().find(PartnerId.of("P1")).orElseThrow().status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(store.resellers().find(PartnerId.of("P1")).orElseThrow().history()).hasSize(2);
    }

    @Test
    public void update_refusesUnknownPartner() {
        assertThatThrownBy(() -> store.resellers().update(approved("P9")))
                .isInstanceOf(UnknownEntityException.class).hasMessageContaining("'P9'");
        assertThat(store.resellers().list()).isEmpty();
    }

    @Test
    public void list_ordersByPartnerId() {
        store.resellers().insert(submitted("P2"));
        store.resellers().insert(submitted("P1"));
        store.resellers().insert(submitted("P3"));

        assertThat(store.resellers().list()).extracting(Reseller::partner)
                .containsExactly(PartnerId.of("P1"), PartnerId.of("P2"), PartnerId.of("P3"));
    }

    @Test
    public void transaction_thatThrowsLeavesNoInsertOrUpdate() {
        store.resellers().insert(submitted("P1"));

        assertThatThrownBy(() -> store.inTransaction(s -> {
            s.resellers().update(approved("P1"));
            s.resellers().insert(submitted("P2"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(store.resellers().list()).containsExactly(submitted("P1"));
    }
}
