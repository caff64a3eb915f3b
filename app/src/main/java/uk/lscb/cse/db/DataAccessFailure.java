package uk.lscb.cse.db;

import java.sql.SQLException;

/** The database refused or could not be reached; the transaction is rolled back. */
public class DataAccessFailure extends RuntimeException {
    DataAccessFailure(String sql, SQLException cause) {
        super("database error (" + cause.getMessage() + ") running: " + sql.strip().lines().findFirst().orElse(""), cause);
    }
}
