package uk.lscb.cse.chat.teams;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TeamsActivityRepository extends GenericRepository<TeamsActivity, String> {
    TeamsActivity save(TeamsActivity activity);
}
