package uk.lscb.cse.notify;

import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.plan.Rag;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** What the sweep reads: the open actions that may need a notice, and the people it chases about them. */
@Singleton
class FindingActionsToChase {
    private static final String CANDIDATES = """
            SELECT a.id, a.plan_id, a.ref, a.text, a.timescale_text, a.due_date, a.review_date, pu.rag_after, pu.created_at
            FROM action a JOIN progress_update pu ON pu.id = a.current_update_id
            WHERE pu.rag_after <> 'COMPLETE' AND a.retired_in IS NULL""";

    private final Jdbc jdbc;

    FindingActionsToChase(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** An action that may need a notice, with what the sweep needs to know of it. */
    record Candidate(long id, long planId, String ref, String text, Rag rag, String timescale, LocalDate due,
                     LocalDate reviewDate, Instant lastUpdate) {
        Notice.ActionRef actionRef(Map<Long, List<String>> leadNames) {
            return new Notice.ActionRef(planId, ref, text, rag, leadNames.getOrDefault(id, List.of()), timescale);
        }
    }

    record Lead(long personId, String name, String email) {
    }

    /** The plan's open actions that meet {@code condition}: SQL on {@code a} (the action) and {@code pu} (its latest entry). */
    List<Candidate> inPlan(long planId, String condition, Object... params) {
        List<Object> all = new ArrayList<>(List.of(planId));
        all.addAll(List.of(params));
        return jdbc.list(CANDIDATES + " AND a.plan_id = ? " + condition + " ORDER BY a.id",
                FindingActionsToChase::candidate, all.toArray());
    }

    List<Candidate> withIds(List<Long> ids) {
        return jdbc.list(CANDIDATES + " AND a.id IN (" + Jdbc.marks(ids.size()) + ") ORDER BY a.id",
                FindingActionsToChase::candidate, ids.toArray());
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        return new Candidate(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("ref"), rs.getString("text"),
                Rag.valueOf(rs.getString("rag_after")), rs.getString("timescale_text"), Jdbc.date(rs, "due_date"),
                Jdbc.date(rs, "review_date"), Jdbc.instant(rs, "created_at"));
    }

    /**
     * Who is chased for each action: its named lead people; for an action led only by agencies,
     * those agencies' leads. People on leave ("/cse pause") are left out until they are back.
     */
    Map<Long, List<Lead>> leads(List<Long> actionIds, LocalDate today) {
        Map<Long, List<Lead>> leads = new LinkedHashMap<>();
        if (actionIds.isEmpty()) {
            return leads;
        }
        String in = Jdbc.marks(actionIds.size());
        record Row(long actionId, Lead lead, boolean paused) {
        }
        Consumer<Row> add = row -> {
            if (!row.paused()) {
                leads.computeIfAbsent(row.actionId(), k -> new ArrayList<>()).add(row.lead());
            }
        };
        List<Row> named = jdbc.list("""
                SELECT alp.action_id, p.id, p.name, p.email, p.paused_until FROM action_lead_person alp
                JOIN person p ON p.id = alp.person_id
                WHERE alp.action_id IN (%s) ORDER BY alp.action_id, p.id""".formatted(in),
                rs -> new Row(rs.getLong(1), new Lead(rs.getLong(2), rs.getString(3), rs.getString(4)),
                        paused(rs, today)), actionIds.toArray());
        named.forEach(add);
        Set<Long> withPeople = new HashSet<>();
        named.forEach(r -> withPeople.add(r.actionId()));
        jdbc.list("""
                SELECT ala.action_id, p.id, p.name, p.email, p.paused_until FROM action_lead_agency ala
                JOIN person p ON p.agency_id = ala.agency_id AND p.role = 'LEAD'
                WHERE ala.action_id IN (%s) ORDER BY ala.action_id, p.id""".formatted(in),
                rs -> new Row(rs.getLong(1), new Lead(rs.getLong(2), rs.getString(3), rs.getString(4)),
                        paused(rs, today)), actionIds.toArray())
                .stream().filter(r -> !withPeople.contains(r.actionId())).forEach(add);
        return leads;
    }

    /** The board's coordinators who are not on leave today. */
    List<Lead> coordinators(long boardId, LocalDate today) {
        return jdbc.list("""
                SELECT id, name, email FROM person
                WHERE board_id = ? AND role = 'COORDINATOR' AND (paused_until IS NULL OR paused_until < ?)
                ORDER BY id""", rs -> new Lead(rs.getLong(1), rs.getString(2), rs.getString(3)), boardId, today);
    }

    private static boolean paused(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate until = Jdbc.date(rs, "paused_until");
        return until != null && !until.isBefore(today);
    }
}
