package uk.lscb.cse.api;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AdminTokenRepository extends GenericRepository<AdminTokenRow, Long> {
    AdminTokenRow save(AdminTokenRow row);

    Optional<AdminTokenRow> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    Optional<AdminTokenRow> findById(long id);

    List<AdminTokenRow> listOrderById();

    void update(@Id long id, Instant revokedAt, String revokedBy);
}
