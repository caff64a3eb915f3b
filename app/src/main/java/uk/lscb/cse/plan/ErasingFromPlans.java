package uk.lscb.cse.plan;

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
 * An erased person in the plans' record: their history entries stay, by the pseudonym (and
 * without the id of their direct chat with the bot), notes that name them name the pseudonym, they
 * stop leading actions (which keep their agencies), and plans they imported say the pseudonym.
 */
@Singleton
class ErasingFromPlans implements PersonalData {
    private final Jdbc jdbc;

    ErasingFromPlans(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private record Entry(long id, String author, Source source, String channel, String note) {
    }

    private record Led(long actionId, String ref, String plan) {
    }

    @Override
    public void erase(Erasure erasure) {
        long boardId = erasure.board().id();
        String email = erasure.person().email().toLowerCase(Locale.ROOT);
        List<Object> params = new ArrayList<>(List.of(boardId, email));
        String mentioned = Jdbc.containsAny(List.of("pu.note"), erasure.mentions(), params);
        List<Entry> entries = jdbc.list("""
                SELECT pu.id, pu.author, pu.source, pu.channel, pu.note FROM progress_update pu
                JOIN action a ON a.id = pu.action_id JOIN plan p ON p.id = a.plan_id
                WHERE p.board_id = ? AND (LOWER(pu.author) = ?""" + " OR " + mentioned + ") FOR UPDATE",
                rs -> new Entry(rs.getLong(1), rs.getString(2), Source.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5)), params.toArray());
        int authored = 0;
        int notes = 0;
        for (Entry entry : entries) {
            boolean theirs = entry.author().equalsIgnoreCase(email);
            String note = erasure.scrub(entry.note());
            jdbc.update("UPDATE progress_update SET author = ?, channel = ?, note = ? WHERE id = ?",
                    theirs ? erasure.pseudonym() : entry.author(),
                    theirs && entry.source().isDirectChat(entry.channel()) ? null : entry.channel(), note, entry.id());
            authored += theirs ? 1 : 0;
            notes += Objects.equals(note, entry.note()) ? 0 : 1;
        }
        erasure.changed("progressUpdates", authored);
        erasure.changed("notesMentioning", notes);

        List<Led> led = jdbc.list("""
                SELECT a.id, a.ref, p.title FROM action_lead_person l JOIN action a ON a.id = l.action_id
                JOIN plan p ON p.id = a.plan_id WHERE l.person_id = ? AND p.status = 'ACTIVE' ORDER BY p.id, a.position""",
                rs -> new Led(rs.getLong(1), rs.getString(2), rs.getString(3)), erasure.person().id());
        erasure.changed("leadOfActions", jdbc.update("DELETE FROM action_lead_person WHERE person_id = ?", erasure.person().id()));
        for (Led action : led) {
            boolean leaderless = jdbc.one("""
                    SELECT (SELECT COUNT(*) FROM action_lead_person WHERE action_id = ?)
                         + (SELECT COUNT(*) FROM action_lead_agency WHERE action_id = ?)""",
                    rs -> rs.getInt(1) == 0, action.actionId(), action.actionId()).orElse(true);
            if (leaderless) {
                erasure.note(action.ref() + " of '" + action.plan() + "' has no lead now: name one in the plan file and import it");
            }
        }
        erasure.changed("plansImported", jdbc.update("UPDATE plan SET created_by = ? WHERE board_id = ? AND LOWER(created_by) = ?",
                erasure.pseudonym(), boardId, email));
        // Summaries and answers computed from the old names are no longer true.
        jdbc.update("UPDATE plan SET revision = revision + 1 WHERE board_id = ?", boardId);
    }
}
