package uk.lscb.cse.board;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface BoardRepository extends CrudRepository<Board, Long> {
    Optional<Board> findBySlug(String slug);

    Optional<Board> findBySlackTeamId(String slackTeamId);

    Optional<Board> findByTeamsTenantId(String teamsTenantId);
}
