/** An example billing service on partnerbill, PostgreSQL and HikariCP, run as a named module. */
module com.example.billing {
    // Our API shows partnerbill's ids and bills and a DataSource: jdbc brings core and java.sql along.
    requires transitive io.partnerbill.jdbc;
    requires io.partnerbill.tax;
    requires io.partnerbill.export;
    requires com.zaxxer.hikari;
    requires jul.to.slf4j;

    exports com.example.billing;
}
