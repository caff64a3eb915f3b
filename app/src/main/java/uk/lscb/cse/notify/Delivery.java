package uk.lscb.cse.notify;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A row of the delivery ledger: one notice to one recipient on one platform. {@code notice} is null
 * when the stored notice cannot be read (the row is then set aside, see {@link DeliveryClaims});
 * {@code lastError} says why a delivery failed, was given up or was superseded.
 */
public record Delivery(long id, String key, long boardId, NoticeKind kind, Long actionId, Long personId, String platform,
                       String recipient, @Nullable Notice notice, Status status, int attempts, Instant nextAttemptAt,
                       String lastError, String channel, String messageId, Instant createdAt, Instant sentAt) {

    public enum Status {
        /** Decided, not yet sent. */
        PENDING,
        /** Claimed by a sender; if its claim runs out, the platform is asked whether it arrived before sending again. */
        SENDING,
        SENT,
        /** The last attempt failed; tried again at next_attempt_at (looking on the platform first if it may have arrived). */
        RETRYING,
        /** Given up for good: too many attempts, too old, or its stored notice could not be read. */
        FAILED,
        /** Not sent: its slot had passed (a digest more than a few hours late). */
        MISSED,
        /** Not sent: no longer true when its turn came (an overdue alert for an action completed since). */
        SUPERSEDED
    }
}
