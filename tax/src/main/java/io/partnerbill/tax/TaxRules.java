package io.partnerbill.tax;

/** Entry point of the tax module; the region tax rules arrive with the tax issue. */
public final class TaxRules {

    private TaxRules() {
    }
}
