package uk.lscb.cse.notify;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The delivery ledger. Deciding to send is an insert under a unique key, in the transaction that
 * decided it, so nothing is decided twice; sending works through it one claimed row at a time
 * ({@link DeliveryClaims}). Failed sends come back with a growing wait, capped at an hour.
 */
@Singleton
public class DeliveryLedger {
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final Jdbc jdbc;
    private final DeliveryRows rows;
    private final Clock clock;

    DeliveryLedger(Jdbc jdbc, DeliveryRows rows, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.clock = clock;
    }

    /** Who and where a notice goes: a person (by email) or a channel. */
    public record To(Long personId, String recipient) {
        public static To person(long id, String email) {
            return new To(id, email);
        }

        public static To channel(String channel) {
            return new To(null, channel);
        }
    }

    /**
     * Records the decision to send; false when this notice was already decided (by this or another
     * instance). {@code period} is what makes it once: a due date, a week, an escalation step.
     * Must run inside the deciding transaction.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean decide(long boardId, NoticeKind kind, Long actionId, To to, String period, String platform, Notice notice) {
        String key = key(boardId, kind, actionId, to, period, platform);
        Instant now = clock.instant();
        return jdbc.insertUnlessDuplicate("""
                INSERT INTO delivery (dedupe_key, board_id, kind, action_id, person_id, platform, recipient, notice, status,
                                      attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""",
                key, boardId, kind.name(), actionId, to.personId(), platform, to.recipient(), rows.write(notice), now, now);
    }

    /**
     * Records the decision to send a notice about a measure's period (a value request, reminder or
     * escalation): once per board, kind, measure, recipient, period and platform.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean decideAboutKpi(long boardId, NoticeKind kind, long kpiId, String kpiPeriod, To to, String platform,
                                  Notice notice) {
        String key = String.join("|", String.valueOf(boardId), kind.name(), "kpi-" + kpiId, to.recipient(), kpiPeriod,
                platform);
        Instant now = clock.instant();
        return jdbc.insertUnlessDuplicate("""
                INSERT INTO delivery (dedupe_key, board_id, kind, kpi_id, kpi_period, person_id, platform, recipient, notice,
                                      status, attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""",
                key, boardId, kind.name(), kpiId, kpiPeriod, to.personId(), platform, to.recipient(), rows.write(notice),
                now, now);
    }

    /** A notice whose slot passed unsent (a late digest): kept and reported, never sent. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean missed(long boardId, NoticeKind kind, To to, String period, String platform, Notice notice, String why) {
        String key = key(boardId, kind, null, to, period, platform);
        Instant now = clock.instant();
        return jdbc.insertUnlessDuplicate("""
                INSERT INTO delivery (dedupe_key, board_id, kind, platform, recipient, notice, status, attempts,
                                      next_attempt_at, last_error, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'MISSED', 0, ?, ?, ?)""",
                key, boardId, kind.name(), platform, to.recipient(), rows.write(notice), now, why, now);
    }

    /** The ledger's unique key: one notice per board, kind, action, recipient, period and platform. */
    private static String key(long boardId, NoticeKind kind, Long actionId, To to, String period, String platform) {
        return String.join("|", String.valueOf(boardId), kind.name(), actionId == null ? "-" : actionId.toString(),
                to.recipient(), period, platform);
    }

    /** The wait after the {@code attempts}-th failed attempt: 1, 2, 4 … minutes, at most an hour. */
    static Duration backoff(int attempts) {
        Duration wait = Duration.ofMinutes(1L << Math.min(Math.max(attempts - 1, 0), 6));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /** Remembers the file that went up for a delivery, so a retry of its message does not send the file again. */
    @Transactional
    public void fileSent(long deliveryId, String fileId) {
        jdbc.update("UPDATE delivery SET file_id = ? WHERE id = ?", fileId, deliveryId);
    }

    /** The file already sent for a delivery by an earlier attempt, if any. */
    @ReadOnly
    public java.util.Optional<String> sentFile(long deliveryId) {
        return jdbc.one("SELECT file_id FROM delivery WHERE id = ? AND file_id IS NOT NULL", rs -> rs.getString(1), deliveryId);
    }

    @ReadOnly
    public List<Delivery> withStatus(Delivery.Status status, int limit, Long boardId) {
        return boardId == null
                ? jdbc.list("SELECT " + DeliveryRows.COLUMNS + " FROM delivery WHERE status = ? ORDER BY id DESC LIMIT ?",
                rows::row, status.name(), limit)
                : jdbc.list("SELECT " + DeliveryRows.COLUMNS + " FROM delivery WHERE status = ? AND board_id = ?"
                + " ORDER BY id DESC LIMIT ?", rows::row, status.name(), boardId, limit);
    }

    @ReadOnly
    public List<Delivery> ofBoard(long boardId, int limit) {
        return jdbc.list("SELECT " + DeliveryRows.COLUMNS + " FROM delivery WHERE board_id = ? ORDER BY id DESC LIMIT ?",
                rows::row, boardId, limit);
    }
}
