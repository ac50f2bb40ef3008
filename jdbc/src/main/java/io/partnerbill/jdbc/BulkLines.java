package io.partnerbill.jdbc;

import io.partnerbill.core.OrderId;
import io.partnerbill.core.bill.BillDetailsColumn;
import io.partnerbill.core.bill.BillLine;
import io.partnerbill.core.store.AppendCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Appends many lines in the caller's transaction, each idempotent on its order id as
 * {@link JdbcLineStore#append} is, at a fraction of a statement per line.
 *
 * <p>PostgreSQL: the lines are copied ({@code COPY ... FROM STDIN}, {@link PgCopy}) into a
 * temporary table dropped at commit, inserted from there with {@code ON CONFLICT DO NOTHING}
 * (which also waits for a concurrent transaction inserting the same order id), and the ones
 * that hit a stored order id are compared with it column by column in SQL: a different line
 * fails the call. Other databases: the stored lines of each chunk's order ids are read and
 * compared, and the new ones inserted as one JDBC batch; a concurrent insert of the same order
 * id then fails the call with a unique-key error instead of waiting.
 */
final class BulkLines {

    /** Order ids looked up, and lines inserted, per statement on the batched path. */
    static final int CHUNK = 500;
    private static final String STAGE = "pb_line_stage";

    private BulkLines() {
    }

    static AppendCounts append(Connection c, Dialect dialect, List<BillLine> lines) throws SQLException {
        Map<OrderId, BillLine> distinct = distinct(lines);
        int appended = dialect == Dialect.POSTGRESQL ? copy(c, distinct) : batched(c, distinct);
        return new AppendCounts(appended, lines.size() - appended);
    }

    /** The lines by order id, in order; a repeat of an equal line is dropped, of a different one refused. */
    private static Map<OrderId, BillLine> distinct(List<BillLine> lines) {
        Map<OrderId, BillLine> byId = new LinkedHashMap<>(Math.max(16, lines.size() * 4 / 3 + 1));
        for (BillLine line : lines) {
            BillLine before = byId.putIfAbsent(line.orderId(), line);
            if (before != null && !before.equals(line)) {
                throw JdbcLineStore.differentLine(before, line);
            }
        }
        return byId;
    }

    private static int copy(Connection c, Map<OrderId, BillLine> lines) throws SQLException {
        try (Statement s = c.createStatement()) {
            // Temporary and dropped at commit: nothing outlives the transaction, so it also works
            // behind a transaction-mode pooler (PgBouncer) that hands the session to others.
            s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + STAGE + " ON COMMIT DROP AS SELECT CAST(0 AS BIGINT) AS pos, "
                    + JdbcLineStore.COLUMNS + " FROM pb_line WITH NO DATA");
            s.execute("TRUNCATE " + STAGE); // a second bulk append in the same transaction
        }
        PgCopy.copyIn(c, "COPY " + STAGE + " (pos, " + JdbcLineStore.COLUMNS + ") FROM STDIN WITH (FORMAT csv)",
                new CsvLines(lines.values()));
        int appended;
        try (Statement s = c.createStatement()) {
            appended = s.executeUpdate("INSERT INTO pb_line (" + JdbcLineStore.COLUMNS + ") SELECT " + JdbcLineStore.COLUMNS
                    + " FROM " + STAGE + " ORDER BY pos ON CONFLICT (order_id) DO NOTHING");
            if (appended < lines.size()) {
                refuseDifferent(s, lines);
            }
        }
        return appended;
    }

    /** Fails on the first staged line whose order id holds a different stored line. */
    private static void refuseDifferent(Statement s, Map<OrderId, BillLine> lines) throws SQLException {
        String different = "SELECT " + JdbcLineStore.columns("l.") + " FROM " + STAGE + " s JOIN pb_line l ON l.order_id = s.order_id"
                + " WHERE (" + JdbcLineStore.columns("s.") + ") IS DISTINCT FROM (" + JdbcLineStore.columns("l.") + ")";
        try (ResultSet rows = s.executeQuery(different)) {
            while (rows.next()) {
                BillLine stored = JdbcLineStore.read(rows);
                BillLine offered = lines.get(stored.orderId());
                // Equal as read back is what the per-line append calls equal.
                if (offered != null && !stored.equals(offered)) {
                    throw JdbcLineStore.differentLine(stored, offered);
                }
            }
        }
    }

    private static int batched(Connection c, Map<OrderId, BillLine> lines) throws SQLException {
        List<BillLine> all = new ArrayList<>(lines.values());
        int appended = 0;
        try (PreparedStatement insert = c.prepareStatement(JdbcLineStore.INSERT)) {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<BillLine> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                Set<OrderId> stored = stored(c, chunk, lines);
                int added = 0;
                for (BillLine line : chunk) {
                    if (!stored.contains(line.orderId())) {
                        JdbcLineStore.bind(insert, line);
                        insert.addBatch();
                        added++;
                    }
                }
                if (added > 0) { // HSQLDB refuses an empty batch
                    insert.executeBatch();
                }
                appended += added;
            }
        }
        return appended;
    }

    /** The order ids of a chunk that already hold an equal line; a different one fails the call. */
    private static Set<OrderId> stored(Connection c, List<BillLine> chunk, Map<OrderId, BillLine> lines)
            throws SQLException {
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        chunk.forEach(line -> marks.add("?"));
        Set<OrderId> stored = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(JdbcLineStore.SELECT + "WHERE order_id IN " + marks)) {
            int i = 1;
            for (BillLine line : chunk) {
                s.setString(i++, line.orderId().value());
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    BillLine existing = JdbcLineStore.read(rows);
                    BillLine offered = lines.get(existing.orderId());
                    if (offered != null && !existing.equals(offered)) {
                        throw JdbcLineStore.differentLine(existing, offered);
                    }
                    stored.add(existing.orderId());
                }
            }
        }
        return stored;
    }

    /** The CSV rows {@code COPY} reads: strings quoted (so "" is not NULL), NULL unquoted and empty. */
    static final class CsvLines extends java.io.Reader {
        private final java.util.Iterator<BillLine> lines;
        private final StringBuilder row = new StringBuilder(512);
        private int at;
        private long pos;

        CsvLines(Iterable<BillLine> lines) {
            this.lines = lines.iterator();
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (at == row.length()) {
                if (!lines.hasNext()) {
                    return -1;
                }
                row.setLength(0);
                at = 0;
                write(row, pos++, lines.next());
            }
            int n = Math.min(length, row.length() - at);
            row.getChars(at, at + n, buffer, offset);
            at += n;
            return n;
        }

        @Override
        public void close() {
            // nothing held
        }

        static void write(StringBuilder row, long pos, BillLine line) {
            row.append(pos);
            for (BillDetailsColumn column : JdbcLineStore.STORED) {
                row.append(',');
                switch (column) {
                    case ORDER_ID -> quoted(row, line.orderId().value());
                    case PARTNER_ID -> quoted(row, line.partner().value());
                    case BILLING_CYCLE -> quoted(row, line.cycle().toString());
                    case CUSTOMER_ID -> quoted(row, line.customer().value());
                    case BILL_TYPE -> quoted(row, line.billType().name());
                    case BILLING_MODE -> quoted(row, line.billingMode().name());
                    case PRODUCT_TYPE -> quoted(row, line.productType());
                    case PRODUCT_TYPE_CODE -> quoted(row, line.productTypeCode());
                    case PRODUCT_NAME -> quoted(row, line.productName());
                    case PRODUCT_ID -> quoted(row, line.product().value());
                    case APPLICATION -> quoted(row, line.application());
                    case SPECIFICATIONS -> quoted(row, line.specifications());
                    case RESOURCE_TYPE -> quoted(row, line.resourceType());
                    case RESOURCE_TYPE_CODE -> quoted(row, line.resourceTypeCode());
                    case REGION -> quoted(row, line.region());
                    case REGION_CODE -> quoted(row, line.regionCode());
                    case ORIGINAL_ORDER_ID -> line.originalOrderId().ifPresent(id -> quoted(row, id.value()));
                    case TRANSACTION_TIME -> {
                        // As Sql.setInstant binds it: UTC microseconds, and the nano-of-second beside.
                        row.append(java.time.OffsetDateTime.ofInstant(
                                line.transactionTime().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                                java.time.ZoneOffset.UTC)).append(',').append(nanos(line.transactionTime()));
                    }
                    case ORDER_TYPE -> quoted(row, line.orderType().name());
                    case CUSTOMER_EXPENDITURE -> {
                        quoted(row, line.currency().getCurrencyCode());
                        row.append(',').append(line.expenditureDecimal().toPlainString());
                    }
                    case SETTLEMENT_TYPE -> quoted(row, line.settlementType().name());
                    case SETTLEMENT_DISCOUNT -> row.append(line.discount().percentOff().toPlainString());
                    case SETTLEMENT_AMOUNT -> row.append(line.settlementDecimal().toPlainString());
                    default -> throw new IllegalStateException("Column '" + column.header() + "' is not stored");
                }
            }
            row.append('\n');
        }

        @SuppressWarnings("JavaInstantGetSecondsGetNano") // the nano-of-second is meant: the timestamp carries the rest
        private static int nanos(java.time.Instant instant) {
            return instant.getNano();
        }

        private static void quoted(StringBuilder row, String value) {
            row.append('"');
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                if (ch == '"') {
                    row.append('"');
                }
                row.append(ch);
            }
            row.append('"');
        }
    }
}
