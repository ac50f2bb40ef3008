package io.partnerbill.core.tax;

/** The policy that charges no tax: every breakdown is empty. */
enum NoTax implements TaxPolicy {
    INSTANCE;

    @Override
    public TaxBreakdown tax(TaxRequest request) {
        return TaxBreakdown.none(request.base().getCurrency());
    }

    @Override
    public String toString() {
        return "NoTax";
    }
}
