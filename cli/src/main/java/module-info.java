/** The partnerbill command line: demo, bill, reconcile, export, history, pay. */
// H2's jar is an automatic module: requiring it is the only way to use it from a named module.
@SuppressWarnings("requires-automatic")
module io.partnerbill.cli {
    requires io.partnerbill.core;
    requires io.partnerbill.tax;
    requires io.partnerbill.export;
    requires io.partnerbill.jdbc;
    requires java.sql;
    requires com.h2database;
    requires info.picocli;
    requires java.logging;
    requires static org.jspecify;

    // picocli reads the command classes reflectively.
    opens io.partnerbill.cli to info.picocli;
}
