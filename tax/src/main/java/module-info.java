/** partnerbill tax: region tax rules (VAT and GST tables, India GST) as a core {@code TaxPolicy}. */
module io.partnerbill.tax {
    requires transitive io.partnerbill.core;
    requires transitive org.jspecify;

    exports io.partnerbill.tax;
}
