/**
 * partnerbill export: bill and bill-detail exporters (CSV, JSON, XLSX), tax invoices (PDF, UBL), chunking, export
 * tasks and history, the importer of operator bill-detail files and reconciliation.
 */
module io.partnerbill.export {
    requires transitive io.partnerbill.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.datatype.javax.money;
    requires org.dhatim.fastexcel;
    requires owasp.encoder;
    requires java.xml;
    // PDFBox ships automatic modules (no module-info): the requires-automatic lint is off for this module.
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    requires transitive org.jspecify;
    // Compile-time only: the @API annotations on jackson-datatype-javax-money's classes.
    requires static org.apiguardian.api;

    // API packages only; csv, xlsx, html and internal hold implementations reached through Exporter.
    exports io.partnerbill.export;
    exports io.partnerbill.export.format;
    exports io.partnerbill.export.json;
    exports io.partnerbill.export.importing;
    exports io.partnerbill.export.invoice;
    exports io.partnerbill.export.pdf;
    exports io.partnerbill.export.ubl;
    exports io.partnerbill.export.tasks;

    // ObjectMapper.findAndRegisterModules() finds the JSON module on the module path through this.
    provides com.fasterxml.jackson.databind.Module with io.partnerbill.export.json.PartnerBillJsonModule;
}
