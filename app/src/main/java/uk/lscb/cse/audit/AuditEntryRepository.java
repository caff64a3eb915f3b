package uk.lscb.cse.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Append-only: entries are written, never changed (but for erasing a person: Audit.pseudonymise). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEntryRepository extends GenericRepository<AuditEntry, Long> {
    AuditEntry save(AuditEntry entry);
}
