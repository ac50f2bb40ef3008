package io.partnerbill.jdbc;

import io.partnerbill.core.ErrorCode;
import io.partnerbill.core.PartnerBillingException;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when the database fails an operation of a {@link JdbcBillingStore}: the connection
 * cannot be obtained or breaks, a statement or commit fails, a constraint other than an
 * idempotency key is violated, or the schema is missing or newer than this library.
 *
 * <p>The message names the operation ({@code "append line 'O-1'"}) and the database's own
 * message. Whatever the operation wrote is rolled back: outside a transaction the operation's
 * own transaction is, inside {@link JdbcBillingStore#inTransaction} the whole transaction is
 * when the exception leaves it (and it cannot commit even if the work catches the exception).
 * A unique-key violation of an idempotency rule is not a {@code StoreException} but the
 * domain's {@link io.partnerbill.core.DuplicateKeyException}, as with the in-memory store.
 */
public class StoreException extends PartnerBillingException {
    private static final long serialVersionUID = 1L;
    /** SQLStates of a missing table: standard (and H2: 42S02, 42S04), PostgreSQL (42P01). */
    private static final Set<String> UNDEFINED_TABLE = Set.of("42S02", "42S04", "42P01");

    private final String operation;
    private final @Nullable String sqlState;

    /**
     * Creates an exception for a failed operation.
     *
     * @param operation what was attempted, such as {@code "append line 'O-1'"}, not null
     * @param detail what went wrong, not null
     * @param cause the underlying failure, or null
     */
    public StoreException(String operation, String detail, @Nullable Throwable cause) {
        this(ErrorCode.STORE_FAILURE, operation, detail, cause);
    }

    /**
     * Creates an exception of another kind of store failure; for subclasses.
     *
     * @param code the kind of failure, not null
     * @param operation what was attempted, not null
     * @param detail what went wrong, not null
     * @param cause the underlying failure, or null
     */
    protected StoreException(ErrorCode code, String operation, String detail, @Nullable Throwable cause) {
        super(code,
                "Could not " + Objects.requireNonNull(operation, "operation") + ": " + Objects.requireNonNull(detail, "detail"),
                cause);
        this.operation = operation;
        this.sqlState = cause instanceof SQLException e ? e.getSQLState() : null;
    }

    static StoreException of(String operation, SQLException cause) {
        String state = cause.getSQLState();
        String hint = state != null && UNDEFINED_TABLE.contains(state)
                ? " (is the schema migrated? call JdbcBillingStore.migrate() at start-up)" : "";
        return new StoreException(operation, cause.getMessage() + (state == null ? "" : " [SQLState " + state + "]") + hint,
                cause);
    }

    /**
     * Returns the operation that failed.
     *
     * @return the operation, such as {@code "append line 'O-1'"}, not null
     */
    public String operation() {
        return operation;
    }

    /**
     * Returns the SQLState the driver reported, if the cause was a {@link SQLException}.
     *
     * @return the SQLState, or empty, not null
     */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }
}
