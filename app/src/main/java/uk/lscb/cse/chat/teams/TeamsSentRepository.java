package uk.lscb.cse.chat.teams;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TeamsSentRepository extends GenericRepository<TeamsSent, String> {
    Optional<TeamsSent> findById(String deliveryKey);

    TeamsSent save(TeamsSent sent);
}
