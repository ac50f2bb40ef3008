package io.partnerbill.core.store;

import io.partnerbill.core.PartnerId;
import io.partnerbill.core.PriceRuleId;
import io.partnerbill.core.pricing.PriceRule;
import java.util.List;
import java.util.Optional;

/** Keeps the resellers' repricing rules; rules are only ever added. */
public interface PriceRuleStore {

    /**
     * Stores a rule.
     *
     * @param rule the rule, not null
     * @throws io.partnerbill.core.DuplicateKeyException if a rule has its id
     */
    void insert(PriceRule rule);

    /**
     * Finds a rule.
     *
     * @param id the id, not null
     * @return the rule, or empty, not null
     */
    Optional<PriceRule> find(PriceRuleId id);

    /**
     * Lists a reseller's rules in the order they were stored (which breaks ties between rules of
     * the same scope and effective cycle: the later one supersedes).
     *
     * @param reseller the reseller, not null
     * @return the rules, not null
     */
    List<PriceRule> ofReseller(PartnerId reseller);
}
