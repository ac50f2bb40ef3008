package io.partnerbill.jdbc;

import io.partnerbill.core.ErrorCode;

/**
 * Thrown when the database's schema version is not the one this library works with: behind it (not
 * migrated yet, or migrated by an older release) when {@link JdbcBillingStore#validateSchema()} checks
 * it, or ahead of it (migrated by a later release) whenever the store is asked to migrate or validate.
 * Nothing in the database is changed.
 */
public final class SchemaVersionException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final int databaseVersion;
    private final int libraryVersion;

    SchemaVersionException(String operation, int databaseVersion, int libraryVersion) {
        super(ErrorCode.SCHEMA_VERSION_MISMATCH, operation, describe(databaseVersion, libraryVersion), null);
        this.databaseVersion = databaseVersion;
        this.libraryVersion = libraryVersion;
    }

    private static String describe(int databaseVersion, int libraryVersion) {
        if (databaseVersion > libraryVersion) {
            return "the database's schema version " + databaseVersion + " is newer than this partnerbill-jdbc's schema version "
                    + libraryVersion + "; it was migrated by a later release: upgrade partnerbill-jdbc (refusing to touch the database)";
        }
        return "the database's schema version " + databaseVersion + " is behind this partnerbill-jdbc's schema version "
                + libraryVersion + (databaseVersion == 0 ? " (the schema was never migrated)" : "")
                + "; migrate it first (JdbcBillingStore.migrate(), or the service's own Flyway run of the migrations)";
    }

    /**
     * Returns the schema version the database holds.
     *
     * @return the version, 0 for a database never migrated
     */
    public int databaseVersion() {
        return databaseVersion;
    }

    /**
     * Returns the schema version this library works with.
     *
     * @return the version, 1 or more
     */
    public int libraryVersion() {
        return libraryVersion;
    }
}
