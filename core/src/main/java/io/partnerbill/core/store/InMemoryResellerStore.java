package io.partnerbill.core.store;

import io.partnerbill.core.PartnerId;
import io.partnerbill.core.reseller.Reseller;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

final class InMemoryResellerStore implements ResellerStore {

    private final MemoryTable<PartnerId, Reseller> resellers;

    InMemoryResellerStore(MemoryTx tx) {
        this.resellers = new MemoryTable<>(tx, new TreeMap<>(), Reseller::partner);
    }

    @Override
    public void insert(Reseller reseller) {
        resellers.insert(Objects.requireNonNull(reseller, "reseller"),
                r -> "Reseller '" + r.partner() + "' is enrolled already");
    }

    @Override
    public void update(Reseller reseller) {
        resellers.update(Objects.requireNonNull(reseller, "reseller"), r -> "Unknown reseller '" + r.partner() + "'");
    }

    @Override
    public Optional<Reseller> find(PartnerId partner) {
        return resellers.find(Objects.requireNonNull(partner, "partner"));
    }

    @Override
    public List<Reseller> list() {
        return resellers.all();
    }
}
