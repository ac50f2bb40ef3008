package io.partnerbill.jdbc;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.money.ExactMoney;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/** Column conversions and statement helpers shared by the stores. */
final class Sql {

    /** Amount columns are NUMERIC(38, 8). */
    static final int SCALE = 8;
    private static final int PRECISION = 38;
    private static final String UNIQUE_VIOLATION = "23505";

    private static final ConcurrentHashMap<String, CurrencyUnit> CURRENCIES = new ConcurrentHashMap<>();

    private Sql() {
    }

    /** Binds the parameters of a statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    // ---- values

    /** An amount column and its currency code as core's exact amount (never rounded). */
    static MonetaryAmount money(BigDecimal value, String currencyCode) {
        return ExactMoney.monetary(value, currency(currencyCode));
    }

    /** Returns a currency by code; currencies are immutable, so each is looked up in Moneta's providers once. */
    static CurrencyUnit currency(String code) {
        CurrencyUnit known = CURRENCIES.get(code);
        if (known == null) {
            known = Monetary.getCurrency(code); // throws for an unknown code, which is then not kept
            CURRENCIES.putIfAbsent(code, known);
        }
        return known;
    }

    /**
     * Reads a bill cycle column: {@code YYYY-MM} without {@link BillCycle#parse}'s regular
     * expression; anything else goes through {@code parse}, which refuses it with its message.
     */
    static BillCycle cycle(String text) {
        if (text.length() == 7 && text.charAt(4) == '-' && digits(text, 0, 4) && digits(text, 5, 7)) {
            int year = Integer.parseInt(text, 0, 4, 10);
            int month = Integer.parseInt(text, 5, 7, 10);
            if (year >= 1 && month >= 1 && month <= 12) {
                return BillCycle.of(year, month);
            }
        }
        return BillCycle.parse(text); // the reference, and its messages for what is not a cycle
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static MonetaryAmount money(ResultSet row, String amountColumn, String currencyColumn) throws SQLException {
        return money(row.getBigDecimal(amountColumn), row.getString(currencyColumn));
    }

    /**
     * Returns an amount's decimal for a NUMERIC(38, 8) column, refusing what the column would
     * round or could not hold (a database rounds silently).
     */
    static BigDecimal decimal(MonetaryAmount amount, String what) {
        Objects.requireNonNull(amount, what);
        BigDecimal value = ExactMoney.decimal(amount);
        // The refusals quote the digits as given (ExactMoney.plainText), as SqlTest pins them.
        if (value.scale() > SCALE && value.stripTrailingZeros().scale() > SCALE) {
            throw new StoreException("store " + what, "amount '" + ExactMoney.plainText(amount) + "' has more than "
                    + SCALE + " decimal places, which the NUMERIC(38, 8) column would round", null);
        }
        BigDecimal scaled = value.setScale(SCALE);
        if (scaled.precision() > PRECISION) {
            throw new StoreException("store " + what, "amount '" + ExactMoney.plainText(amount) + "' has more than "
                    + (PRECISION - SCALE) + " integer digits, which NUMERIC(38, 8) cannot hold", null);
        }
        return scaled;
    }

    /**
     * Binds an instant to two parameters: a UTC timestamp truncated to microseconds (what
     * every database keeps) and the nano-of-second, so that reading it back loses nothing.
     */
    @SuppressWarnings("JavaInstantGetSecondsGetNano") // the nano-of-second is meant: the timestamp carries the rest
    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        statement.setInt(index + 1, instant.getNano());
    }

    static void setInstantOrNull(PreparedStatement statement, int index, @Nullable Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setNull(index + 1, java.sql.Types.INTEGER);
        } else {
            setInstant(statement, index, instant);
        }
    }

    /** Reads an instant from {@code <name>_at} and {@code <name>_nanos}. */
    static @Nullable Instant instantOrNull(ResultSet row, String name) throws SQLException {
        OffsetDateTime at = row.getObject(name + "_at", OffsetDateTime.class);
        if (at == null) {
            return null;
        }
        return at.toInstant().truncatedTo(ChronoUnit.SECONDS).plusNanos(row.getInt(name + "_nanos"));
    }

    /**
     * Reads an instant from two columns by position: {@code <name>_at} at {@code atColumn} and
     * {@code <name>_nanos} right after it. Hot readers use positions: a lookup by name costs
     * more than the read (H2 upper-cases the name each time).
     */
    static @Nullable Instant instantOrNull(ResultSet row, int atColumn) throws SQLException {
        OffsetDateTime at = row.getObject(atColumn, OffsetDateTime.class);
        if (at == null) {
            return null;
        }
        return at.toInstant().truncatedTo(ChronoUnit.SECONDS).plusNanos(row.getInt(atColumn + 1));
    }

    static Instant instant(ResultSet row, int atColumn) throws SQLException {
        Instant at = instantOrNull(row, atColumn);
        if (at == null) {
            throw new SQLException("Column " + atColumn + " (an instant) is null");
        }
        return at;
    }

    static Instant instant(ResultSet row, String name) throws SQLException {
        Instant at = instantOrNull(row, name);
        if (at == null) {
            throw new SQLException("Column " + name + "_at is null");
        }
        return at;
    }

    // ---- statements

    // Statements come from the transaction's StatementCache: prepared once per transaction.

    static int update(Connection connection, String sql, Binder binder) throws SQLException {
        PreparedStatement statement = StatementCache.prepare(connection, sql);
        try {
            binder.bind(statement);
            return statement.executeUpdate();
        } finally {
            StatementCache.release(connection, statement);
        }
    }

    static <T> List<T> query(Connection connection, String sql, Binder binder, RowReader<T> reader) throws SQLException {
        PreparedStatement statement = StatementCache.prepare(connection, sql);
        try {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        } finally {
            StatementCache.release(connection, statement);
        }
    }

    static <T> @Nullable T queryOne(Connection connection, String sql, Binder binder, RowReader<T> reader)
            throws SQLException {
        List<T> rows = query(connection, sql, binder, reader);
        return rows.isEmpty() ? null : rows.get(0);
    }

    static boolean exists(Connection connection, String sql, Binder binder) throws SQLException {
        PreparedStatement statement = StatementCache.prepare(connection, sql);
        try {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } finally {
            StatementCache.release(connection, statement);
        }
    }

    /**
     * Runs an INSERT that may hit a unique key, without spoiling the transaction when it does.
     *
     * @return true if the row was inserted, false if a unique key already held the value
     */
    static boolean insertUnlessDuplicate(Connection connection, Dialect dialect, String insert, Binder binder)
            throws SQLException {
        switch (dialect) {
            case POSTGRESQL:
                return update(connection, insert + " ON CONFLICT DO NOTHING", binder) > 0;
            case H2:
                try {
                    return update(connection, insert, binder) > 0;
                } catch (SQLException e) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        return false; // H2 undid the statement alone
                    }
                    throw e;
                }
            default:
                Savepoint savepoint = connection.setSavepoint();
                try {
                    int rows = update(connection, insert, binder);
                    connection.releaseSavepoint(savepoint);
                    return rows > 0;
                } catch (SQLException e) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        connection.rollback(savepoint);
                        return false;
                    }
                    throw e;
                }
        }
    }
}
