package uk.lscb.cse.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/** One audited change: what (entity and id), how (change, old → new), who, from where, when. */
@MappedEntity("audit_entry")
record AuditEntry(@Id @GeneratedValue @Nullable Long id, @Nullable Long boardId, String entity, @Nullable Long entityId,
                  @MappedProperty("change_") String change, @Nullable String oldValue, @Nullable String newValue,
                  String actor, Source source, @Nullable String channel, Instant createdAt) {
}
