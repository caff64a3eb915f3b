package uk.lscb.cse.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.Erasure;
import uk.lscb.cse.people.PersonalData;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An erased person in the delivery ledger. Rows to them keep what was sent and when, to the
 * pseudonym, without their direct chat's id; what was still to be sent to them is dropped unsent
 * (SUPERSEDED, with why; a sender holding its claim finds the claim gone). Stored notices that name them (an escalation, a digest line "by Pat Lee")
 * name the pseudonym.
 */
@Singleton
class ErasingFromLedger implements PersonalData {
    private static final Set<String> UNSENT = Set.of("PENDING", "SENDING", "RETRYING");

    private final Jdbc jdbc;
    private final ObjectMapper json;

    ErasingFromLedger(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private record Row(long id, Long personId, String recipient, String key, String notice, String status,
                       String lastError) {
    }

    @Override
    public void erase(Erasure erasure) {
        long personId = erasure.person().id();
        String email = erasure.person().email().toLowerCase(Locale.ROOT);
        List<Object> params = new ArrayList<>(List.of(erasure.board().id(), personId, email));
        String mentioned = Jdbc.containsAny(List.of("notice"), erasure.mentions(), params);
        List<Row> rows = jdbc.list("""
                SELECT id, person_id, recipient, dedupe_key, notice, status, last_error FROM delivery
                WHERE board_id = ? AND (person_id = ? OR LOWER(recipient) = ?""" + " OR " + mentioned + ") FOR UPDATE",
                rs -> new Row(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)), params.toArray());
        int cancelled = 0;
        for (Row row : rows) {
            boolean theirs = Long.valueOf(personId).equals(row.personId()) || row.recipient().equalsIgnoreCase(email);
            String notice = scrub(row.notice(), erasure);
            if (!theirs) {
                jdbc.update("UPDATE delivery SET notice = ? WHERE id = ?", notice, row.id());
                continue;
            }
            boolean unsent = UNSENT.contains(row.status());
            jdbc.update("""
                    UPDATE delivery SET person_id = NULL, recipient = ?, dedupe_key = ?, notice = ?, channel = NULL,
                                        message_id = NULL, status = ?, claim = NULL, claimed_until = NULL, last_error = ?
                    WHERE id = ?""",
                    erasure.pseudonym(), erasure.scrub(row.key()), notice, unsent ? "SUPERSEDED" : row.status(),
                    unsent ? "not sent: the recipient was erased" : erasure.scrub(row.lastError()), row.id());
            cancelled += unsent ? 1 : 0;
        }
        erasure.changed("deliveries", rows.size());
        erasure.changed("deliveriesCancelled", cancelled);
    }

    // Every string in the stored notice, wherever its type keeps it (a greeting, a lead list, a digest line).
    private String scrub(String notice, Erasure erasure) {
        try {
            return json.writeValueAsString(scrub(json.readTree(notice), erasure));
        } catch (JsonProcessingException e) {
            // Unreadable as JSON: scrubbed as text, which is all it can be.
            return erasure.scrub(notice);
        }
    }

    private static JsonNode scrub(JsonNode node, Erasure erasure) {
        if (node.isTextual()) {
            return TextNode.valueOf(erasure.scrub(node.asText()));
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> object.set(name, scrub(object.get(name), erasure)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, scrub(array.get(i), erasure));
            }
        }
        return node;
    }
}
