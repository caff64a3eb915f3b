package uk.lscb.cse.notify;

import java.time.Instant;

/** A row of the delivery ledger: one notice to one recipient on one platform. */
public record Delivery(long id, String key, long boardId, NoticeKind kind, Long actionId, Long personId, String platform,
                       String recipient, Notice notice, Status status, int attempts, Instant nextAttemptAt,
                       String lastError, String channel, String messageId, Instant createdAt, Instant sentAt) {

    public enum Status {
        /** Decided, not yet sent. */
        PENDING,
        /** Claimed by a sender; if its claim runs out, the platform is asked whether it arrived before sending again. */
        SENDING,
        SENT,
        /** The last attempt failed; retried at next_attempt_at. */
        FAILED,
        /** Not sent: its slot had passed (a digest more than a few hours late). */
        MISSED
    }
}
