package io.partnerbill.jdbc;

import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL's {@code COPY ... FROM STDIN} through pgjdbc's {@code CopyManager}, reached by
 * reflection: the driver is the user's, not a dependency of this module, and may sit on the
 * class path or the module path. The connection is unwrapped first, so a pool's proxy
 * (HikariCP's) is no obstacle.
 */
final class PgCopy {

    private PgCopy() {
    }

    /** Copies rows from a reader in the connection's transaction; returns how many rows the server took. */
    static long copyIn(Connection c, String sql, Reader rows) throws SQLException {
        Connection raw = c.unwrap(Connection.class);
        ClassLoader loader = raw.getClass().getClassLoader();
        try {
            Class<?> pgConnection = Class.forName("org.postgresql.PGConnection", false, loader);
            Object pg = c.unwrap(pgConnection);
            Object copyApi = pgConnection.getMethod("getCopyAPI").invoke(pg);
            Method copyIn = Class.forName("org.postgresql.copy.CopyManager", false, loader)
                    .getMethod("copyIn", String.class, Reader.class);
            return (Long) copyIn.invoke(copyApi, sql, rows);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql2) {
                throw sql2;
            }
            throw new SQLException("COPY failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new SQLException("The PostgreSQL connection offers no COPY (pgjdbc's CopyManager): " + e, e);
        }
    }
}
