package org.outagedesk.base;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by the database being out of reach (restarting, network cut, pool
 * exhausted) from a bug, so people can be told "try again in a minute" instead of "error".
 * The connection pool recovers by itself once the database answers again.
 */
public final class DatabaseTrouble {

    private DatabaseTrouble() {}

    public static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof java.io.EOFException
                    || cause instanceof java.net.SocketException
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || brokenRollback(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /**
     * A rollback the driver could not do because the connection is gone: Spring then reports it
     * instead of the failure that caused the rollback (seen while MariaDB restarts, see
     * docs/reliability.md).
     */
    private static boolean brokenRollback(Throwable cause) {
        return cause.getClass().getName().equals("org.hibernate.TransactionException")
                && cause.getCause() instanceof java.sql.SQLException;
    }
}
