/** partnerbill export: bill and bill-detail exporters, export tasks, import and reconciliation. */
module io.partnerbill.export {
    requires transitive io.partnerbill.core;
    requires static transitive org.jspecify;

    exports io.partnerbill.export;
}
