package io.partnerbill.core.store;

import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PriceRuleId;
import io.partnerbill.core.pricing.PriceRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

final class InMemoryPriceRuleStore implements PriceRuleStore {

    private final MemoryTable<PriceRuleId, PriceRule> rules;

    InMemoryPriceRuleStore(MemoryTx tx) {
        this.rules = new MemoryTable<>(tx, new LinkedHashMap<>(), PriceRule::id);
    }

    @Override
    public void insert(PriceRule rule) {
        rules.insert(Objects.requireNonNull(rule, "rule"), r -> "Price rule '" + r.id() + "' already exists");
    }

    @Override
    public Optional<PriceRule> find(PriceRuleId id) {
        return rules.find(Objects.requireNonNull(id, "id"));
    }

    @Override
    public List<PriceRule> ofReseller(PartnerId reseller) {
        Objects.requireNonNull(reseller, "reseller");
        return rules.where(r -> r.reseller().equals(reseller));
    }
}
