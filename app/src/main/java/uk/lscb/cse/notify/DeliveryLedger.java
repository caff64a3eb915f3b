package uk.lscb.cse.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The delivery ledger. Deciding to send is an insert under a unique key, in the transaction that
 * decided it; sending claims rows (SKIP LOCKED, so two instances never claim the same row) and
 * records the outcome. Failed sends come back with a growing wait, capped at an hour; nothing is
 * dropped.
 */
@Singleton
public class DeliveryLedger {
    /** How long a sender may hold a claim before another assumes it crashed. */
    static final Duration CLAIM = Duration.ofMinutes(2);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private static final String COLUMNS = """
            id, dedupe_key, board_id, kind, action_id, person_id, platform, recipient, notice, status, attempts,
            next_attempt_at, last_error, channel, message_id, created_at, sent_at""";

    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    DeliveryLedger(Jdbc jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
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

    /** A claimed delivery; {@code inFlight} when an earlier claim ran out mid-send. */
    public record Claimed(Delivery delivery, boolean inFlight) {
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
                key, boardId, kind.name(), actionId, to.personId(), platform, to.recipient(), write(notice), now, now);
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
                key, boardId, kind.name(), platform, to.recipient(), write(notice), now, why, now);
    }

    /** The ledger's unique key: one notice per board, kind, action, recipient, period and platform. */
    private static String key(long boardId, NoticeKind kind, Long actionId, To to, String period, String platform) {
        return String.join("|", String.valueOf(boardId), kind.name(), actionId == null ? "-" : actionId.toString(),
                to.recipient(), period, platform);
    }

    /** Claims up to {@code limit} deliveries due now, oldest first. */
    @Transactional
    public List<Claimed> claim(int limit) {
        Instant now = clock.instant();
        List<Claimed> due = jdbc.list("SELECT " + COLUMNS + """
                 FROM delivery
                WHERE (status IN ('PENDING', 'FAILED') AND next_attempt_at <= ?)
                   OR (status = 'SENDING' AND claimed_until < ?)
                ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""",
                rs -> new Claimed(row(rs), "SENDING".equals(rs.getString("status"))), now, now, limit);
        for (Claimed claimed : due) {
            jdbc.update("UPDATE delivery SET status = 'SENDING', claimed_until = ?, attempts = attempts + 1 WHERE id = ?",
                    now.plus(CLAIM), claimed.delivery().id());
        }
        return due;
    }

    @Transactional
    public void sent(long id, String channel, String messageId) {
        jdbc.update("""
                UPDATE delivery SET status = 'SENT', channel = ?, message_id = ?, sent_at = ?, claimed_until = NULL,
                                    last_error = NULL
                WHERE id = ?""", channel, messageId, clock.instant(), id);
    }

    /** Records a failed attempt; the next one waits {@link #backoff}. */
    @Transactional
    public void failed(long id, int attempts, String error) {
        jdbc.update("""
                UPDATE delivery SET status = 'FAILED', next_attempt_at = ?, claimed_until = NULL, last_error = ?
                WHERE id = ?""", clock.instant().plus(backoff(attempts)), error.length() > 1000 ? error.substring(0, 1000) : error, id);
    }

    /** The wait after the {@code attempts}-th failed attempt: 1, 2, 4 … minutes, at most an hour. */
    static Duration backoff(int attempts) {
        Duration wait = Duration.ofMinutes(1L << Math.min(Math.max(attempts - 1, 0), 6));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    @ReadOnly
    public List<Delivery> withStatus(Delivery.Status status, int limit) {
        return jdbc.list("SELECT " + COLUMNS + " FROM delivery WHERE status = ? ORDER BY id DESC LIMIT ?",
                this::row, status.name(), limit);
    }

    @ReadOnly
    public List<Delivery> ofBoard(long boardId, int limit) {
        return jdbc.list("SELECT " + COLUMNS + " FROM delivery WHERE board_id = ? ORDER BY id DESC LIMIT ?",
                this::row, boardId, limit);
    }

    private Delivery row(ResultSet rs) throws SQLException {
        long actionId = rs.getLong("action_id");
        Long action = rs.wasNull() ? null : actionId;
        long personId = rs.getLong("person_id");
        Long person = rs.wasNull() ? null : personId;
        return new Delivery(rs.getLong("id"), rs.getString("dedupe_key"), rs.getLong("board_id"),
                NoticeKind.valueOf(rs.getString("kind")), action, person, rs.getString("platform"), rs.getString("recipient"),
                read(rs.getString("notice")), Delivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                Jdbc.instant(rs, "next_attempt_at"), rs.getString("last_error"), rs.getString("channel"),
                rs.getString("message_id"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "sent_at"));
    }

    private String write(Notice notice) {
        try {
            return json.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store a notice: " + e.getMessage(), e);
        }
    }

    private Notice read(String text) {
        try {
            return json.readValue(text, Notice.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored notice: " + e.getMessage(), e);
        }
    }
}
