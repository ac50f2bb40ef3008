/** The partnerbill command line: demo, bill, reconcile, export, history, pay. */
module io.partnerbill.cli {
    requires io.partnerbill.core;
    requires io.partnerbill.tax;
    requires io.partnerbill.export;
    requires io.partnerbill.jdbc;
    requires java.sql;
    requires org.hsqldb;
    requires com.zaxxer.hikari;
    requires info.picocli;
    requires java.logging;
    requires static org.jspecify;

    // picocli reads the command classes reflectively.
    opens io.partnerbill.cli to info.picocli;
}
