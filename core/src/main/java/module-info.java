/**
 * partnerbill core: domain values, the billing calculators, the storage and tax SPIs,
 * in-memory stores and the {@link io.partnerbill.core.billing.PartnerBilling} facade.
 */
// The qualified export below names partnerbill's modules that depend on core, so they are not
// there when core compiles; javac's "module not found" (lint "module") says only that.
@SuppressWarnings("module")
module io.partnerbill.core {
    requires transitive java.money;
    requires org.javamoney.moneta;
    // Not static: a named module compiled against ours needs the annotations' module on its module path,
    // and Maven's compiler puts a dependency's static requirements on the class path.
    requires transitive org.jspecify;

    exports io.partnerbill.core;
    exports io.partnerbill.core.billing;
    exports io.partnerbill.core.bill;
    exports io.partnerbill.core.budget;
    exports io.partnerbill.core.discount;
    exports io.partnerbill.core.export;
    exports io.partnerbill.core.payment;
    exports io.partnerbill.core.pricing;
    exports io.partnerbill.core.order;
    exports io.partnerbill.core.reseller;
    exports io.partnerbill.core.statement;
    exports io.partnerbill.core.store;
    exports io.partnerbill.core.tax;

    // Not API: partnerbill's own modules share core's one owner of exact money.
    exports io.partnerbill.core.money to
            io.partnerbill.tax, io.partnerbill.export, io.partnerbill.jdbc, io.partnerbill.testkit, io.partnerbill.cli;
}
