package uk.lscb.cse.plan;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.apache.commons.text.similarity.LevenshteinDistance;
import uk.lscb.cse.NotFound;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.db.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a plan's actions with their current RAG. Filters run in SQL on the indexes made for them
 * (plan + due date; lead → actions); leads and milestones are fetched in one query each.
 */
@Singleton
public class FindingActions {
    private static final LevenshteinDistance EDIT_DISTANCE = LevenshteinDistance.getDefaultInstance();
    private static final String ACTIONS = """
            SELECT a.id, a.ref, t.position AS theme_position, t.name AS theme, o.text AS objective, a.text, a.how,
                   a.outcomes, a.priority, a.due_date, a.due_precision, a.review_date, a.timescale_text,
                   a.timescale_flagged, a.start_date, pu.rag_after, pu.rag_wording, pu.created_at, pu.author, pu.source, pu.note
            FROM action a
            JOIN theme t ON t.id = a.theme_id
            LEFT JOIN objective o ON o.id = a.objective_id
            JOIN progress_update pu ON pu.id = a.current_update_id
            WHERE a.plan_id = ? AND a.retired_in IS NULL""";

    private final Jdbc jdbc;
    private final Clock clock;

    FindingActions(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ReadOnly
    public PlanInfo plan(long planId) {
        return jdbc.one("""
                SELECT p.id, p.board_id, b.slug, b.name AS board_name, b.time_zone, p.title, p.period_start,
                       p.period_end, p.review_cadence, p.revision
                FROM plan p JOIN board b ON b.id = p.board_id WHERE p.id = ?""",
                rs -> new PlanInfo(rs.getLong("id"), rs.getLong("board_id"), rs.getString("slug"),
                        rs.getString("board_name"), ZoneId.of(rs.getString("time_zone")), rs.getString("title"),
                        Jdbc.date(rs, "period_start"), Jdbc.date(rs, "period_end"), rs.getString("review_cadence"),
                        rs.getLong("revision")),
                planId).orElseThrow(() -> new NotFound("no plan " + planId + "; GET /api/boards/{slug}/plans lists a board's plans"));
    }

    @ReadOnly
    public List<ActionView> actions(long planId, ActionFilter filter) {
        PlanInfo plan = plan(planId);
        LocalDate today = LocalDate.now(clock.withZone(plan.timeZone()));
        StringBuilder sql = new StringBuilder(ACTIONS);
        List<Object> params = new ArrayList<>(List.of(planId));
        if (filter.overdue()) {
            sql.append(" AND a.due_date < ? AND a.due_precision IN ('DAY', 'MONTH') AND pu.rag_after <> 'COMPLETE'");
            params.add(today);
        }
        if (filter.rags() != null && !filter.rags().isEmpty()) {
            sql.append(" AND pu.rag_after IN (").append(Jdbc.marks(filter.rags().size())).append(')');
            params.addAll(filter.rags().stream().map(Rag::name).sorted().toList());
        }
        if (filter.lead() != null && !filter.lead().isBlank()) {
            String lead = filter.lead().strip();
            // A person's actions are theirs by name and their agency's.
            sql.append(" ").append("""
                    AND (a.id IN (SELECT alp.action_id FROM action_lead_person alp JOIN person p ON p.id = alp.person_id
                                   WHERE p.board_id = ? AND p.email = ?)
                       OR a.id IN (SELECT ala.action_id FROM action_lead_agency ala JOIN agency g ON g.id = ala.agency_id
                                   WHERE g.board_id = ? AND (g.name = ? OR g.id = (SELECT p2.agency_id FROM person p2
                                                                                   WHERE p2.board_id = ? AND p2.email = ?))))""");
            params.addAll(List.of(plan.boardId(), lead, plan.boardId(), lead, plan.boardId(), lead));
        }
        if (filter.theme() != null && !filter.theme().isBlank()) {
            String theme = filter.theme().strip();
            if (theme.matches("\\d{1,4}")) {
                sql.append(" AND t.position = ?");
                params.add(Integer.parseInt(theme));
            } else {
                sql.append(" AND t.name = ?");
                params.add(theme);
            }
        }
        sql.append(" ORDER BY a.position");
        List<Row> rows = jdbc.list(sql.toString(), FindingActions::row, params.toArray());
        return withDetails(planId, rows, today);
    }

    /**
     * Every action of the plan in one light query: no leads, milestones or text beyond the action's
     * own. {@code today} is the plan's local date that "overdue" is judged on.
     */
    @ReadOnly
    public List<ActionState> states(long planId, LocalDate today) {
        return jdbc.list("""
                SELECT a.id, a.ref, a.text, t.position AS theme_position, t.name AS theme, a.priority, a.due_date,
                       a.due_precision, a.timescale_flagged, pu.rag_after, pu.created_at
                FROM action a
                JOIN theme t ON t.id = a.theme_id
                JOIN progress_update pu ON pu.id = a.current_update_id
                WHERE a.plan_id = ? AND a.retired_in IS NULL ORDER BY a.position""",
                rs -> {
                    Rag rag = Rag.valueOf(rs.getString("rag_after"));
                    LocalDate due = Jdbc.date(rs, "due_date");
                    DuePrecision precision = DuePrecision.valueOf(rs.getString("due_precision"));
                    boolean overdue = rag != Rag.COMPLETE && new Timescale(null, due, precision, null, List.of(), false).overdueOn(today);
                    return new ActionState(rs.getLong("id"), rs.getString("ref"), rs.getString("text"),
                            rs.getInt("theme_position"), rs.getString("theme"), rs.getBoolean("priority"), overdue,
                            rs.getBoolean("timescale_flagged"), rag, Jdbc.instant(rs, "created_at"));
                }, planId);
    }

    /**
     * Leads of the given actions as people see them in lists: agencies, then people, by name. Never
     * emails: these lists reach channels (digests, a plan status asked for in a Teams channel).
     */
    @ReadOnly
    public Map<Long, List<String>> leads(List<Long> actionIds) {
        if (actionIds.isEmpty()) {
            return Map.of();
        }
        Object[] ids = actionIds.toArray();
        String in = Jdbc.marks(ids.length);
        Map<Long, List<String>> leads = grouped("""
                SELECT ala.action_id, g.name FROM action_lead_agency ala JOIN agency g ON g.id = ala.agency_id
                WHERE ala.action_id IN (%s) ORDER BY g.name""".formatted(in), rs -> rs.getString(2), ids);
        grouped("""
                SELECT alp.action_id, p.name FROM action_lead_person alp JOIN person p ON p.id = alp.person_id
                WHERE alp.action_id IN (%s) ORDER BY p.name""".formatted(in), rs -> rs.getString(2), ids)
                .forEach((id, people) -> leads.computeIfAbsent(id, x -> new ArrayList<>()).addAll(people));
        return leads;
    }

    /**
     * Actions retired from the plan at or after {@code after}, with their details as when retired: a
     * report of a period before then still lists them.
     */
    @ReadOnly
    public List<ActionView> retiredSince(long planId, java.time.Instant after) {
        List<Row> rows = jdbc.list(ACTIONS.replace("AND a.retired_in IS NULL", "AND a.retired_in IS NOT NULL") + " " + """
                 AND EXISTS (SELECT 1 FROM action_change c WHERE c.action_id = a.id AND c.field = 'RETIRED'
                             AND c.created_at >= ?) ORDER BY a.position""", FindingActions::row, planId, after);
        return withDetails(planId, rows, LocalDate.now(clock.withZone(plan(planId).timeZone())));
    }

    @ReadOnly
    public ActionView action(long planId, String ref) {
        List<Row> rows = jdbc.list(ACTIONS + " AND a.ref = ?", FindingActions::row, planId, ref.strip());
        if (rows.isEmpty()) {
            plan(planId);
            throw noSuchAction(planId, ref);
        }
        return withDetails(planId, rows, LocalDate.now(clock.withZone(plan(planId).timeZone()))).get(0);
    }

    /**
     * "plan 3 has no action '2.31'; did you mean 2.3?" — refs are typed on phones. One slip per
     * three characters: '9.9' is not a typo of '1.1'.
     */
    @ReadOnly
    public NotFound noSuchAction(long planId, String ref) {
        String wanted = ref.strip();
        List<String> refs = jdbc.list("SELECT ref FROM action WHERE plan_id = ? AND retired_in IS NULL", rs -> rs.getString(1), planId);
        String closest = refs.stream().min(Comparator.comparingInt(r -> EDIT_DISTANCE.apply(r, wanted))).orElse(null);
        return new NotFound("plan " + planId + " has no action '" + wanted + "'"
                + (closest != null && EDIT_DISTANCE.apply(closest, wanted) <= Math.max(1, wanted.length() / 3) ? "; did you mean " + closest + "?" : ""));
    }

    @ReadOnly
    public List<ProgressEntry> history(long actionId) {
        return jdbc.list("""
                SELECT id, created_at, rag_before, rag_after, rag_wording, note, author, source, channel
                FROM progress_update WHERE action_id = ? ORDER BY id DESC""",
                rs -> new ProgressEntry(rs.getLong("id"), Jdbc.instant(rs, "created_at"), Rag.valueOf(rs.getString("rag_before")),
                        Rag.valueOf(rs.getString("rag_after")), rs.getString("rag_wording"), rs.getString("note"),
                        rs.getString("author"), Source.valueOf(rs.getString("source")), rs.getString("channel")),
                actionId);
    }

    private record Row(long id, String ref, int themePosition, String theme, String objective, String text, String how,
                       String outcomes, boolean priority, LocalDate due, DuePrecision precision, LocalDate review,
                       String timescaleText, boolean flagged, Rag rag, String ragWording, ActionView.LastUpdate last,
                       LocalDate starts) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("ref"), rs.getInt("theme_position"), rs.getString("theme"),
                rs.getString("objective"), rs.getString("text"), rs.getString("how"), rs.getString("outcomes"),
                rs.getBoolean("priority"), Jdbc.date(rs, "due_date"), DuePrecision.valueOf(rs.getString("due_precision")),
                Jdbc.date(rs, "review_date"), rs.getString("timescale_text"), rs.getBoolean("timescale_flagged"),
                Rag.valueOf(rs.getString("rag_after")), rs.getString("rag_wording"),
                new ActionView.LastUpdate(Jdbc.instant(rs, "created_at"), rs.getString("author"),
                        Source.valueOf(rs.getString("source")), rs.getString("note")), Jdbc.date(rs, "start_date"));
    }

    private List<ActionView> withDetails(long planId, List<Row> rows, LocalDate today) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] ids = rows.stream().map(Row::id).toArray();
        String in = Jdbc.marks(ids.length);
        Map<Long, List<String>> agencies = grouped("""
                SELECT ala.action_id, g.name FROM action_lead_agency ala JOIN agency g ON g.id = ala.agency_id
                WHERE ala.action_id IN (%s) ORDER BY g.name""".formatted(in), rs -> rs.getString(2), ids);
        Map<Long, List<ActionView.LeadPerson>> people = grouped("""
                SELECT alp.action_id, p.name, p.email FROM action_lead_person alp JOIN person p ON p.id = alp.person_id
                WHERE alp.action_id IN (%s) ORDER BY p.name""".formatted(in),
                rs -> new ActionView.LeadPerson(rs.getString(2), rs.getString(3)), ids);
        Map<Long, List<String>> reviewRefs = grouped("""
                SELECT ar.action_id, r.ref FROM action_recommendation ar JOIN recommendation r ON r.id = ar.recommendation_id
                WHERE ar.action_id IN (%s) ORDER BY r.id""".formatted(in), rs -> rs.getString(2), ids);
        Map<Long, List<Timescale.Milestone>> milestones = grouped("""
                SELECT action_id, due_date, precision_, text FROM milestone WHERE action_id IN (%s)
                ORDER BY action_id, position""".formatted(in),
                rs -> new Timescale.Milestone(Jdbc.date(rs, "due_date"), DuePrecision.valueOf(rs.getString("precision_")),
                        rs.getString("text")), ids);
        List<ActionView> views = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Timescale timescale = new Timescale(r.timescaleText(), r.due(), r.precision(), r.review(),
                    milestones.getOrDefault(r.id(), List.of()), r.flagged(), r.starts());
            boolean overdue = timescale.overdueOn(today) && r.rag() != Rag.COMPLETE;
            views.add(new ActionView(r.id(), planId, r.ref(), r.themePosition(), r.theme(), r.objective(), r.text(), r.how(),
                    r.outcomes(), r.priority(), timescale, agencies.getOrDefault(r.id(), List.of()),
                    people.getOrDefault(r.id(), List.of()), reviewRefs.getOrDefault(r.id(), List.of()), r.rag(),
                    r.ragWording(), r.last(), overdue, overdue ? ChronoUnit.DAYS.between(r.due(), today) : 0));
        }
        return views;
    }

    private <T> Map<Long, List<T>> grouped(String sql, Jdbc.Row<T> value, Object[] ids) {
        Map<Long, List<T>> grouped = new HashMap<>();
        jdbc.list(sql, rs -> {
            grouped.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(value.map(rs));
            return null;
        }, ids);
        return grouped;
    }
}
