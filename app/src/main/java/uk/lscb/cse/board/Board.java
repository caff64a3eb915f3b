package uk.lscb.cse.board;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Relation;

import java.time.Instant;

/**
 * A Local Safeguarding Children Board: owns plans and people; its time zone drives schedules;
 * {@code caseRecordPatterns} are its case-record number formats, refused in notes ({@link CaseRecordPatterns}).
 */
@MappedEntity("board")
public record Board(@Id @GeneratedValue @Nullable Long id, String slug, String name, String timeZone, boolean demo,
                    @Nullable String slackTeamId, @Nullable String slackDigestChannel,
                    @Nullable String teamsTenantId, @Nullable String teamsDigestChannel,
                    @Nullable String caseRecordPatterns, @Relation(Relation.Kind.EMBEDDED) Retention retention,
                    Instant createdAt, Instant updatedAt) {

    public static final String DEFAULT_TIME_ZONE = "Europe/London";

    String describe() {
        return "name=" + name + ", timeZone=" + timeZone + ", slackTeamId=" + slackTeamId
                + ", slackDigestChannel=" + slackDigestChannel
                + (teamsTenantId == null && teamsDigestChannel == null ? ""
                : ", teamsTenantId=" + teamsTenantId + ", teamsDigestChannel=" + teamsDigestChannel)
                + (caseRecordPatterns == null ? "" : ", caseRecordPatterns=" + caseRecordPatterns)
                + (retention.equals(Retention.DEFAULT) ? "" : ", retention: " + retention.describe());
    }
}
