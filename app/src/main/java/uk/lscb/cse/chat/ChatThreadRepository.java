package uk.lscb.cse.chat;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ChatThreadRepository extends GenericRepository<ChatThread, ChatThread.Message> {
    ChatThread save(ChatThread thread);
}
