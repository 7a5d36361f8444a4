package eu.regioacademy.platform.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a failure that means "the database cannot be reached right now" (stopped,
 * restarting, network gone, pool timed out waiting for a connection) as opposed to a bug or a
 * refused statement. Such failures are shown as "temporarily unavailable" and answered 503;
 * the connection pool reconnects by itself once the database is back.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseUnavailable() {
    }

    public static boolean isCauseOf(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof ConnectException || t instanceof java.sql.SQLRecoverableException
                    // a commit or rollback that failed: with JDBC alone, the connection went away under it
                    || t instanceof TransactionSystemException) {
                return true;
            }
            // SQL state class 08: connection exception (the driver's wording varies by version)
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }
}
