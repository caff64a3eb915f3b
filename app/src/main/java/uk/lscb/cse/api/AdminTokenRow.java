package uk.lscb.cse.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A person's admin token as stored: its SHA-256, never the token. */
@MappedEntity("admin_token")
record AdminTokenRow(@Id @GeneratedValue @Nullable Long id, String owner, String scope, String tokenHash,
                     String createdBy, Instant createdAt, @Nullable Instant revokedAt, @Nullable String revokedBy) {
}
