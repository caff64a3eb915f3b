package uk.lscb.cse.db;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL on the connection of the current Micronaut Data transaction: callers are
 * {@code @Transactional} or {@code @ReadOnly}. Binds Instant, LocalDate and enums.
 */
@Singleton
public class Jdbc {
    private final JdbcOperations operations;

    public Jdbc(JdbcOperations operations) {
        this.operations = operations;
    }

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        try (PreparedStatement statement = prepare(sql, false, params); ResultSet rs = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(row.map(rs));
            }
            return result;
        } catch (SQLException e) {
            throw new DataAccessFailure(sql, e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Runs an INSERT and returns the generated id. */
    public long insert(String sql, Object... params) {
        try (PreparedStatement statement = prepare(sql, true, params)) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessFailure(sql, e);
        }
    }

    /**
     * Inserts a row; false (and nothing written) when it would repeat a unique key. Unlike INSERT
     * IGNORE this still fails on anything else, such as a missing foreign key.
     */
    public boolean insertUnlessDuplicate(String sql, Object... params) {
        try (PreparedStatement statement = prepare(sql, false, params)) {
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            if (UniqueKeys.taken(e)) {
                return false;
            }
            throw new DataAccessFailure(sql, e);
        }
    }

    public int update(String sql, Object... params) {
        try (PreparedStatement statement = prepare(sql, false, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessFailure(sql, e);
        }
    }

    public void batch(String sql, Collection<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (Object[] params : rows) {
                bind(statement, params);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new DataAccessFailure(sql, e);
        }
    }

    /** "?, ?, ?" for an IN list of {@code n} values. */
    public static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(Math.max(n, 1), "?"));
    }

    /**
     * "c1 LIKE ? OR c2 LIKE ? …": true where any of the columns contains any of the values (their
     * own % _ \\ taken literally); the patterns are added to {@code params} in the same order.
     */
    public static String containsAny(List<String> columns, List<String> values, List<Object> params) {
        List<String> tests = new ArrayList<>();
        for (String value : values) {
            String pattern = "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            for (String column : columns) {
                tests.add(column + " LIKE ?");
                params.add(pattern);
            }
        }
        return tests.isEmpty() ? "FALSE" : String.join(" OR ", tests);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private PreparedStatement prepare(String sql, boolean keys, Object... params) throws SQLException {
        PreparedStatement statement = keys
                ? connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : connection().prepareStatement(sql);
        bind(statement, params);
        return statement;
    }

    private Connection connection() {
        return operations.getConnection();
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value instanceof Instant instant) {
                value = Timestamp.from(instant);
            } else if (value instanceof LocalDate date) {
                value = Date.valueOf(date);
            } else if (value instanceof Enum<?> e) {
                value = e.name();
            }
            statement.setObject(i + 1, value);
        }
    }
}
