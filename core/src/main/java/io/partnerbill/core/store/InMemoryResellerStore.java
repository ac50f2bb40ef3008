package io.partnerbill.core.store;

import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.reseller.Reseller;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

final class InMemoryResellerStore implements ResellerStore {

    private final MemoryTx tx;
    private final Map<PartnerId, Reseller> byPartner = new TreeMap<>();

    InMemoryResellerStore(MemoryTx tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Reseller reseller) {
        Objects.requireNonNull(reseller, "reseller");
        tx.locked(() -> {
            if (byPartner.containsKey(reseller.partner())) {
                throw new DuplicateKeyException("Reseller '" + reseller.partner() + "' is enrolled already");
            }
            byPartner.put(reseller.partner(), reseller);
            tx.onRollback(() -> byPartner.remove(reseller.partner()));
        });
    }

    @Override
    public void update(Reseller reseller) {
        Objects.requireNonNull(reseller, "reseller");
        tx.locked(() -> {
            Reseller old = byPartner.get(reseller.partner());
            if (old == null) {
                throw new UnknownEntityException("Unknown reseller '" + reseller.partner() + "'");
            }
            byPartner.put(reseller.partner(), reseller);
            tx.onRollback(() -> byPartner.put(old.partner(), old));
        });
    }

    @Override
    public Optional<Reseller> find(PartnerId partner) {
        Objects.requireNonNull(partner, "partner");
        return tx.locked(() -> Optional.ofNullable(byPartner.get(partner)));
    }

    @Override
    public List<Reseller> list() {
        return tx.locked(() -> List.copyOf(byPartner.values()));
    }
}
