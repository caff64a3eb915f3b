package uk.lscb.cse.notify;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.db.Jdbc;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Sending's hold on the ledger: one row at a time is claimed (SKIP LOCKED, so two instances never
 * take the same row) under a token of its own, and every outcome is recorded only while that token
 * still holds the row. A sender whose claim ran out and was taken over records nothing: the
 * instance that took over asks the platform first and owns the outcome.
 */
@Singleton
public class DeliveryClaims {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryClaims.class);
    private static final int MAX_ERROR = 1000;

    private final Jdbc jdbc;
    private final DeliveryRows rows;
    private final DeliverySettings settings;
    private final Clock clock;

    DeliveryClaims(Jdbc jdbc, DeliveryRows rows, DeliverySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A claimed delivery: the token each change must name, when the claim runs out, and whether the
     * platform must be asked first (an earlier claim ran out mid-send, or an attempt had no clear
     * answer). {@code delivery().attempts()} counts the attempts before this one.
     */
    public record Claimed(Delivery delivery, String token, Instant until, boolean lookFirst) {
        public int attempt() {
            return delivery.attempts() + 1;
        }
    }

    private record Candidate(Delivery delivery, String storedNotice, boolean lookFirst) {
    }

    /**
     * The next delivery due, claimed; empty when nothing is due. Rows whose claim ran out come
     * first (they are the oldest). A row whose stored notice cannot be read is set aside as failed,
     * with why, and the next one is claimed instead.
     */
    @Transactional
    public Optional<Claimed> next() {
        Instant now = clock.instant();
        while (true) {
            Optional<Candidate> due = candidate("status = 'SENDING' AND claimed_until < ?", now)
                    .or(() -> candidate("status IN ('PENDING', 'RETRYING') AND next_attempt_at <= ?", now));
            if (due.isEmpty()) {
                return Optional.empty();
            }
            Delivery row = due.get().delivery();
            Notice notice;
            try {
                notice = rows.read(due.get().storedNotice());
            } catch (DeliveryRows.UnreadableNotice e) {
                setAside(row, e.getMessage());
                continue;
            }
            String token = UUID.randomUUID().toString();
            Instant until = now.plus(settings.claim());
            jdbc.update("UPDATE delivery SET status = 'SENDING', claim = ?, claimed_until = ?, attempts = attempts + 1 WHERE id = ?",
                    token, until, row.id());
            return Optional.of(new Claimed(new Delivery(row.id(), row.key(), row.boardId(), row.kind(), row.actionId(),
                    row.personId(), row.platform(), row.recipient(), notice, Delivery.Status.SENDING, row.attempts(),
                    row.nextAttemptAt(), row.lastError(), row.channel(), row.messageId(), row.createdAt(), row.sentAt()),
                    token, until, due.get().lookFirst()));
        }
    }

    private Optional<Candidate> candidate(String condition, Instant now) {
        return jdbc.one("SELECT " + DeliveryRows.COLUMNS + ", look_first FROM delivery WHERE " + condition
                        + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED",
                rs -> new Candidate(rows.row(rs, null), rs.getString("notice"),
                        rs.getBoolean("look_first") || "SENDING".equals(rs.getString("status"))), now);
    }

    // One unreadable row must not stop sending for every board: it is failed for good, with why, and listed.
    private void setAside(Delivery row, String why) {
        String error = "the stored notice cannot be read, so it was set aside: " + why;
        LOG.warn("Delivery {} ({} of board {}): {}", row.id(), row.kind(), row.boardId(), error);
        jdbc.update("UPDATE delivery SET status = 'FAILED', claim = NULL, claimed_until = NULL, last_error = ? WHERE id = ?",
                cut(error), row.id());
    }

    /** Records that the platform has it; false when this claim no longer holds the row. */
    @Transactional
    public boolean sent(Claimed claimed, String channel, String messageId) {
        return held(claimed, """
                UPDATE delivery SET status = 'SENT', channel = ?, message_id = ?, sent_at = ?, claim = NULL,
                                    claimed_until = NULL, last_error = NULL, look_first = FALSE
                WHERE id = ? AND status = 'SENDING' AND claim = ?""", channel, messageId, clock.instant());
    }

    /** A failed attempt, tried again at {@code at}; {@code lookFirst} when it may have reached the platform. */
    @Transactional
    public boolean retry(Claimed claimed, String error, boolean lookFirst, Instant at) {
        return held(claimed, """
                UPDATE delivery SET status = 'RETRYING', next_attempt_at = ?, last_error = ?, look_first = ?, claim = NULL,
                                    claimed_until = NULL
                WHERE id = ? AND status = 'SENDING' AND claim = ?""", at, cut(error), lookFirst);
    }

    /** Given up for good: listed as failed with why, never tried again. */
    @Transactional
    public boolean failed(Claimed claimed, String error, boolean mayHaveArrived) {
        return held(claimed, """
                UPDATE delivery SET status = 'FAILED', last_error = ?, look_first = ?, claim = NULL, claimed_until = NULL
                WHERE id = ? AND status = 'SENDING' AND claim = ?""", cut(error), mayHaveArrived);
    }

    /** No longer true (the action moved on since it was decided): dropped unsent, with why. */
    @Transactional
    public boolean superseded(Claimed claimed, String why) {
        return held(claimed, """
                UPDATE delivery SET status = 'SUPERSEDED', last_error = ?, claim = NULL, claimed_until = NULL
                WHERE id = ? AND status = 'SENDING' AND claim = ?""", cut(why));
    }

    // The statement's own parameters, then the row and the claim that must still hold it.
    private boolean held(Claimed claimed, String sql, Object... params) {
        Object[] all = new Object[params.length + 2];
        System.arraycopy(params, 0, all, 0, params.length);
        all[params.length] = claimed.delivery().id();
        all[params.length + 1] = claimed.token();
        return jdbc.update(sql, all) == 1;
    }

    private static String cut(String text) {
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }
}
