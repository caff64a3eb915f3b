package uk.lscb.cse.chat.teams;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TeamsConversationRepository extends GenericRepository<TeamsConversation, TeamsConversation.Party> {
    Optional<TeamsConversation> findById(TeamsConversation.Party id);

    Optional<TeamsConversation> findFirstByIdTenantIdAndKindAndEmailOrderByUpdatedAtDesc(
            String tenantId, TeamsConversation.Kind kind, String email);

    Optional<TeamsConversation> findFirstByIdTenantIdOrderByUpdatedAtDesc(String tenantId);

    TeamsConversation save(TeamsConversation conversation);

    /** Rows found (not changed): 0 means the party is new. */
    long update(@Id TeamsConversation.Party id, String serviceUrl, String conversationId, Instant updatedAt);

    long update(@Id TeamsConversation.Party id, String serviceUrl, String conversationId, String email, Instant updatedAt);
}
