package uk.lscb.cse.db;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Whether a failure is the database being away or giving way for a moment (a connection lost or
 * refused, no connection to be had from the pool, a deadlock or lock wait): the same work may
 * succeed when run again. Anything else (bad SQL, a constraint) fails the same way every time.
 */
public final class DatabaseOutage {
    private DatabaseOutage() {
    }

    public static boolean caused(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
