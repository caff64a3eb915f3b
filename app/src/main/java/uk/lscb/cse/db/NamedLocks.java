package uk.lscb.cse.db;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Locks across every instance of the service, held by the database (GET_LOCK, on MySQL and
 * MariaDB alike). A lock lives on its own connection, outside any transaction, so work that calls
 * out to chat platforms can hold it without holding a transaction open; if the instance dies, the
 * database drops the connection and the lock with it.
 */
@Singleton
public class NamedLocks {
    private final HikariDataSource pool;

    NamedLocks(DataSource dataSource) throws SQLException {
        // Micronaut's DataSource only works inside its transactions; the lock's connection is the pool's own.
        this.pool = dataSource.unwrap(HikariDataSource.class);
    }

    /** The work's result, done while holding the lock; empty if another holder kept it for all of {@code wait}. */
    public <T> Optional<T> holding(String name, Duration wait, Supplier<T> work) {
        try (Connection connection = pool.getConnection()) {
            if (!lock(connection, "SELECT GET_LOCK(?, ?)", name, wait.toSeconds())) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.get());
            } finally {
                lock(connection, "SELECT RELEASE_LOCK(?)", name, null);
            }
        } catch (SQLException e) {
            throw new DataAccessFailure("GET_LOCK / RELEASE_LOCK of " + name, e);
        }
    }

    private static boolean lock(Connection connection, String sql, String name, Long seconds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            if (seconds != null) {
                statement.setLong(2, seconds);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }
}
