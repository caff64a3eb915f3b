package uk.lscb.cse.people;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AgencyRepository extends GenericRepository<Agency, Long> {
    Optional<Agency> findByBoardIdAndName(long boardId, String name);

    Agency save(Agency agency);
}
