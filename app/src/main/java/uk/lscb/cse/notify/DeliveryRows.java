package uk.lscb.cse.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How a ledger row is read and its notice stored (platform-neutral JSON). A notice that cannot be
 * read (written by another version, say) reads as null rather than failing the whole query: one bad
 * row must not stop the ledger from being listed or worked through.
 */
@Singleton
class DeliveryRows {
    static final String COLUMNS = """
            id, dedupe_key, board_id, kind, action_id, person_id, platform, recipient, notice, status, attempts,
            next_attempt_at, last_error, channel, message_id, created_at, sent_at""";

    private final ObjectMapper json;

    DeliveryRows(ObjectMapper json) {
        this.json = json;
    }

    Delivery row(ResultSet rs) throws SQLException {
        Notice notice;
        try {
            notice = read(rs.getString("notice"));
        } catch (UnreadableNotice e) {
            notice = null;
        }
        return row(rs, notice);
    }

    Delivery row(ResultSet rs, Notice notice) throws SQLException {
        long actionId = rs.getLong("action_id");
        Long action = rs.wasNull() ? null : actionId;
        long personId = rs.getLong("person_id");
        Long person = rs.wasNull() ? null : personId;
        return new Delivery(rs.getLong("id"), rs.getString("dedupe_key"), rs.getLong("board_id"),
                NoticeKind.valueOf(rs.getString("kind")), action, person, rs.getString("platform"), rs.getString("recipient"),
                notice, Delivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                Jdbc.instant(rs, "next_attempt_at"), rs.getString("last_error"), rs.getString("channel"),
                rs.getString("message_id"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "sent_at"));
    }

    String write(Notice notice) {
        try {
            return json.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store a notice: " + e.getMessage(), e);
        }
    }

    Notice read(String text) {
        try {
            return json.readValue(text, Notice.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new UnreadableNotice(e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""));
        }
    }

    static final class UnreadableNotice extends RuntimeException {
        UnreadableNotice(String message) {
            super(message);
        }
    }
}
