package io.partnerbill.core.store;

import io.partnerbill.core.DuplicateKeyException;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PriceRuleId;
import io.partnerbill.core.pricing.PriceRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

final class InMemoryPriceRuleStore implements PriceRuleStore {

    private final MemoryTx tx;
    private final Map<PriceRuleId, PriceRule> rules = new LinkedHashMap<>();

    InMemoryPriceRuleStore(MemoryTx tx) {
        this.tx = tx;
    }

    @Override
    public void insert(PriceRule rule) {
        Objects.requireNonNull(rule, "rule");
        tx.locked(() -> {
            if (rules.containsKey(rule.id())) {
                throw new DuplicateKeyException("Price rule '" + rule.id() + "' already exists");
            }
            rules.put(rule.id(), rule);
            tx.onRollback(() -> rules.remove(rule.id()));
        });
    }

    @Override
    public Optional<PriceRule> find(PriceRuleId id) {
        Objects.requireNonNull(id, "id");
        return tx.locked(() -> Optional.ofNullable(rules.get(id)));
    }

    @Override
    public List<PriceRule> ofReseller(PartnerId reseller) {
        Objects.requireNonNull(reseller, "reseller");
        return tx.locked(() -> rules.values().stream().filter(r -> r.reseller().equals(reseller)).toList());
    }
}
