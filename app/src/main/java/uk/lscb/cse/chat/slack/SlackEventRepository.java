package uk.lscb.cse.chat.slack;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SlackEventRepository extends GenericRepository<SlackEvent, String> {
    SlackEvent save(SlackEvent event);
}
