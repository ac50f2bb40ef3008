-- discount lookup: every order resolves its discount by partner and product; without this index the lookup read all the partner's discounts
CREATE INDEX IF NOT EXISTS pb_discount_product_ix ON pb_discount (partner_id, product_id, effective_at, effective_nanos, id);
