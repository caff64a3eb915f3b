package uk.lscb.cse.db;

import java.sql.SQLException;

/** Inserts whose repeat is expected: a taken unique key means the row is already there. */
public final class UniqueKeys {
    /** ER_DUP_ENTRY, on MySQL and MariaDB alike. */
    private static final int DUPLICATE_KEY = 1062;

    private UniqueKeys() {
    }

    /**
     * Runs an insert (a repository's save); false, with nothing written, when the row's primary or
     * unique key is taken. MySQL undoes only the refused statement, so the caller's transaction
     * carries on. Anything else (a missing foreign key, a lost connection) still fails.
     */
    public static boolean inserted(Runnable insert) {
        try {
            insert.run();
            return true;
        } catch (RuntimeException e) {
            if (taken(e)) {
                return false;
            }
            throw e;
        }
    }

    static boolean taken(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }
}
