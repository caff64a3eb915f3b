package uk.lscb.cse.plan.editing;

import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.Erasure;
import uk.lscb.cse.people.PersonalData;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An erased person in actions' changes and plans' versions: the changes stay (the board's record),
 * made by the pseudonym, without the id of their direct chat with the bot; old and new leads and
 * reasons that name them name the pseudonym.
 */
@Singleton
class ErasingFromChanges implements PersonalData {
    private final Jdbc jdbc;

    ErasingFromChanges(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long id, String author, Source source, String channel, String from, String to, String reason) {
    }

    @Override
    public void erase(Erasure erasure) {
        long boardId = erasure.board().id();
        String email = erasure.person().email().toLowerCase(Locale.ROOT);
        List<Object> params = new ArrayList<>(List.of(boardId, email));
        String mentioned = Jdbc.containsAny(List.of("c.old_value", "c.new_value", "c.reason"), erasure.mentions(), params);
        List<Row> rows = jdbc.list("""
                SELECT c.id, c.author, c.source, c.channel, c.old_value, c.new_value, c.reason FROM action_change c
                JOIN plan p ON p.id = c.plan_id WHERE p.board_id = ? AND (LOWER(c.author) = ?""" + " OR " + mentioned
                        + ") FOR UPDATE",
                rs -> new Row(rs.getLong(1), rs.getString(2), Source.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)), params.toArray());
        int changed = 0;
        for (Row row : rows) {
            boolean theirs = row.author().equalsIgnoreCase(email);
            Row scrubbed = new Row(row.id(), theirs ? erasure.pseudonym() : row.author(), row.source(),
                    theirs && row.source().isDirectChat(row.channel()) ? null : row.channel(), erasure.scrub(row.from()),
                    erasure.scrub(row.to()), erasure.scrub(row.reason()));
            if (!Objects.equals(scrubbed, row)) {
                jdbc.update("UPDATE action_change SET author = ?, channel = ?, old_value = ?, new_value = ?, reason = ? WHERE id = ?",
                        scrubbed.author(), scrubbed.channel(), scrubbed.from(), scrubbed.to(), scrubbed.reason(), row.id());
                changed++;
            }
        }
        int versions = jdbc.update("""
                UPDATE plan_version v JOIN plan p ON p.id = v.plan_id SET v.created_by = ?
                WHERE p.board_id = ? AND LOWER(v.created_by) = ?""", erasure.pseudonym(), boardId, email);
        // Counted only when there were any, so a board that never edited reads as before.
        if (changed > 0) {
            erasure.changed("actionChanges", changed);
        }
        if (versions > 0) {
            erasure.changed("planVersions", versions);
        }
    }
}
