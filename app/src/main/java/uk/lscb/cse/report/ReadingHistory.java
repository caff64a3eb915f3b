package uk.lscb.cse.report;

import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.plan.Rag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan's history up to a moment, in one query per kind rather than one per action: a report of
 * a 2,000-action plan reads its 20,000 entries once.
 */
@Singleton
class ReadingHistory {
    private final Jdbc jdbc;

    ReadingHistory(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A history entry with its author's name and agency as the board knows them now (never the email). */
    record Entry(Instant at, Rag rag, String note, String author, String agency, Source source) {
    }

    /** Each action's entries made before {@code before}, oldest first. */
    Map<Long, List<Entry>> entries(long boardId, long planId, Instant before) {
        Map<Long, List<Entry>> byAction = new HashMap<>();
        jdbc.list("""
                SELECT pu.action_id, pu.created_at, pu.rag_after, pu.note, pu.author, pu.source, p.name, g.name AS agency
                FROM progress_update pu
                JOIN action a ON a.id = pu.action_id
                LEFT JOIN person p ON p.board_id = ? AND p.email = pu.author
                LEFT JOIN agency g ON g.id = p.agency_id
                WHERE a.plan_id = ? AND pu.created_at < ?
                ORDER BY pu.action_id, pu.id""", rs -> {
            String author = rs.getString("name") != null ? rs.getString("name") : anonymous(rs.getString("author"));
            byAction.computeIfAbsent(rs.getLong("action_id"), id -> new ArrayList<>()).add(new Entry(
                    Jdbc.instant(rs, "created_at"), Rag.valueOf(rs.getString("rag_after")), rs.getString("note"), author,
                    rs.getString("agency"), Source.valueOf(rs.getString("source"))));
            return null;
        }, boardId, planId, before);
        return byAction;
    }

    // An author no longer among the board's people: an erased person's pseudonym, or the importer.
    private static String anonymous(String author) {
        return author == null || author.contains("@") ? "former member" : author;
    }

    /** A change of an action's timescale: from what to what, and whether it moved a set due date (a slip). */
    record TimescaleChange(Instant at, String oldWording, LocalDate oldDue, LocalDate newDue, boolean slip) {
    }

    /** Each action's timescale changes, oldest first (all of them: the due date as at a past day needs the later ones). */
    Map<Long, List<TimescaleChange>> timescaleChanges(long planId) {
        Map<Long, List<TimescaleChange>> byAction = new HashMap<>();
        jdbc.list("""
                SELECT action_id, created_at, old_value, old_due, new_due, slip FROM action_change
                WHERE plan_id = ? AND field = 'TIMESCALE' ORDER BY action_id, id""", rs -> {
            byAction.computeIfAbsent(rs.getLong("action_id"), id -> new ArrayList<>()).add(new TimescaleChange(
                    Jdbc.instant(rs, "created_at"), rs.getString("old_value"), Jdbc.date(rs, "old_due"),
                    Jdbc.date(rs, "new_due"), rs.getBoolean("slip")));
            return null;
        }, planId);
        return byAction;
    }

    /** Actions with no one to chase: no lead person, and no lead in any of their lead agencies. */
    Set<Long> unchased(long planId) {
        return new HashSet<>(jdbc.list("""
                SELECT a.id FROM action a
                WHERE a.plan_id = ?
                  AND NOT EXISTS (SELECT 1 FROM action_lead_person alp WHERE alp.action_id = a.id)
                  AND NOT EXISTS (SELECT 1 FROM action_lead_agency ala JOIN person p ON p.agency_id = ala.agency_id
                                  WHERE ala.action_id = a.id AND p.role = 'LEAD')""",
                rs -> rs.getLong(1), planId));
    }

    record Theme(int position, String name, String aim) {
    }

    List<Theme> themes(long planId) {
        return jdbc.list("SELECT position, name, aim FROM theme WHERE plan_id = ? ORDER BY position",
                rs -> new Theme(rs.getInt(1), rs.getString(2), rs.getString(3)), planId);
    }

    record Recommendation(String ref, String text) {
    }

    List<Recommendation> recommendations(long planId) {
        return jdbc.list("SELECT ref, text FROM recommendation WHERE plan_id = ? ORDER BY id",
                rs -> new Recommendation(rs.getString(1), rs.getString(2)), planId);
    }
}
