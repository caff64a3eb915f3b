package uk.lscb.cse.plan.transfer;

import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.Agencies;
import uk.lscb.cse.people.People;
import uk.lscb.cse.people.Person;
import uk.lscb.cse.plan.ActionView;
import uk.lscb.cse.plan.RagCounts;
import uk.lscb.cse.plan.Rag;
import uk.lscb.cse.plan.Timescale;
import uk.lscb.cse.plan.TimescaleColumns;
import uk.lscb.cse.plan.ActionChanges;
import uk.lscb.cse.plan.ActionChanges.Change;
import uk.lscb.cse.plan.ActionChanges.Field;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes a compared revision, inside {@link RevisingPlan}'s transaction: retires, changes the matched
 * rows in place (so ids, history, threads and deliveries stay with them), adds, and records each
 * change with who and why. Refs and positions are freed first, so a renumbering that swaps refs never
 * meets itself in the unique keys.
 */
@Singleton
class ApplyingRevision {
    private final Jdbc jdbc;
    private final Agencies agencies;
    private final People people;
    private final ActionChanges changes;
    private final RagCounts counts;
    private final Audit audit;
    private final Clock clock;
    private final RevisionParts parts;

    ApplyingRevision(Jdbc jdbc, Agencies agencies, People people, ActionChanges changes, RagCounts counts, Audit audit,
                     Clock clock, RevisionParts parts) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.people = people;
        this.changes = changes;
        this.counts = counts;
        this.audit = audit;
        this.clock = clock;
        this.parts = parts;
    }

    void apply(RevisingPlan.Compared c, PlanDiff diff, int version, String reason, Actor actor) {
        Instant now = clock.instant();
        long planId = c.plan().id();
        long boardId = c.plan().boardId();
        Map<String, Long> personIds = people.of(boardId).stream().collect(Collectors.toMap(Person::email, Person::id));
        Map<String, Long> agencyIds = new HashMap<>();
        RevisionParts.Places places = parts.places(planId, c.draft());
        List<Change> recorded = new ArrayList<>();
        List<Object[]> retired = new ArrayList<>();
        for (int index : c.matching().removed()) {
            ActionView a = c.before().get(index);
            retired.add(new Object[]{version, a.id()});
            recorded.add(new Change(a.id(), planId, version, Field.RETIRED, a.ref(), null, null, null, reason));
        }
        jdbc.batch("UPDATE action SET retired_in = ? WHERE id = ?", retired);
        jdbc.update("UPDATE action SET position = -id WHERE plan_id = ?", planId);
        jdbc.update("UPDATE action SET ref = CONCAT('~', id) WHERE plan_id = ? AND retired_in IS NULL", planId);

        List<Object[]> rows = new ArrayList<>();
        List<Long> relinked = new ArrayList<>();
        List<Long> rescheduled = new ArrayList<>();
        Links links = new Links();
        for (MatchingActions.Match m : c.matching().matches()) {
            ActionView old = c.before().get(m.before());
            RevisingPlan.Incoming in = c.after().get(m.after());
            PlanDraft.Action next = in.action();
            long themeId = places.themeId(in.theme());
            Long objectiveId = places.objectiveId(themeId, next.objective());
            Timescale t = next.timescale();
            List<Object> row = new ArrayList<>(Arrays.asList(next.ref(), next.refGenerated(), m.after() + 1, themeId,
                    objectiveId, next.text(), next.how(), next.outcomes(), next.priority()));
            row.addAll(TimescaleColumns.values(t));
            row.add(old.id());
            rows.add(row.toArray());
            changed(recorded, old, in, places, planId, version, reason, m.byRef());
            if (RevisingPlan.timescaleChanged(old.timescale(), t)) {
                rescheduled.add(old.id());
                links.milestones(old.id(), t);
            }
            if (!RevisingPlan.leads(old.leads()).equals(RevisingPlan.leads(next.leads().stream().map(RevisingPlan::lead).toList()))
                    || !old.reviewRefs().equals(next.reviewRefs())) {
                relinked.add(old.id());
                links.leads(old.id(), next, boardId, personIds, agencyIds, places);
            }
        }
        jdbc.batch("UPDATE action SET ref = ?, ref_generated = ?, position = ?, theme_id = ?, objective_id = ?, text = ?,"
                + " how = ?, outcomes = ?, priority = ?, " + TimescaleColumns.assignments() + " WHERE id = ?", rows);
        deleteFor("milestone", rescheduled);
        deleteFor("action_lead_agency", relinked);
        deleteFor("action_lead_person", relinked);
        deleteFor("action_recommendation", relinked);
        List<Object[]> history = new ArrayList<>();
        for (int index : c.matching().added()) {
            RevisingPlan.Incoming in = c.after().get(index);
            PlanDraft.Action a = in.action();
            long themeId = places.themeId(in.theme());
            Timescale t = a.timescale();
            long id = ActionRows.insert(jdbc, planId, themeId, places.objectiveId(themeId, a.objective()), index + 1, a);
            links.milestones(id, t);
            links.leads(id, a, boardId, personIds, agencyIds, places);
            history.add(new Object[]{id, Rag.NOT_STARTED, a.rag(), a.ragWording(), a.progress(), actor.who(), Source.IMPORT,
                    actor.channel(), now});
            recorded.add(new Change(id, planId, version, Field.ADDED, null, a.ref(), null, t.due(), reason));
        }
        links.write(jdbc);
        jdbc.batch("""
                INSERT INTO progress_update (action_id, rag_before, rag_after, rag_wording, note, author, source, channel,
                                             created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", history);
        jdbc.update("""
                UPDATE action a SET current_update_id = (SELECT MAX(p.id) FROM progress_update p WHERE p.action_id = a.id)
                WHERE a.plan_id = ? AND a.current_update_id IS NULL""", planId);
        changes.record(recorded, actor, now);
        finish(c, diff, version, reason, actor, now);
    }

    private void finish(RevisingPlan.Compared c, PlanDiff diff, int version, String reason, Actor actor, Instant now) {
        long planId = c.plan().id();
        PlanDraft d = c.draft();
        jdbc.update("UPDATE plan SET title = ?, period_start = ?, period_end = ?, review_cadence = ?, revision = revision + 1"
                + " WHERE id = ?", d.title(), d.periodStart(), d.periodEnd(), d.reviewCadence(), planId);
        counts.recount(planId);
        PlanDiff.Counts n = diff.counts();
        String summary = "version " + version + ": " + n.added() + " added, " + n.removed() + " removed, " + n.reworded()
                + " reworded, " + n.retimescaled() + " re-timescaled, " + n.reled() + " re-led, " + n.reprioritised()
                + " re-prioritised, " + n.renumbered() + " renumbered, " + n.unchanged() + " unchanged";
        jdbc.insert("""
                INSERT INTO plan_version (plan_id, number, reason, summary, created_by, source, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", planId, version, reason, summary, actor.who(), actor.source(), now);
        audit.record(c.plan().boardId(), "plan", planId, "revised",
                c.plan().title() + " (version " + (version - 1) + ")", d.title() + " " + summary + " — " + reason, actor);
    }

    /** The changes to one matched action, old → new, as history entries. */
    private static void changed(List<Change> recorded, ActionView old, RevisingPlan.Incoming in, RevisionParts.Places places,
                                long planId, int version, String reason, boolean byRef) {
        PlanDraft.Action a = in.action();
        long id = old.id();
        if (!byRef) {
            recorded.add(new Change(id, planId, version, Field.REF, old.ref(), a.ref(), null, null, reason));
        }
        if (!old.text().strip().equals(a.text().strip())) {
            recorded.add(new Change(id, planId, version, Field.TEXT, old.text(), a.text(), null, null, reason));
        }
        if (RevisingPlan.timescaleChanged(old.timescale(), a.timescale())) {
            recorded.add(Change.timescale(id, planId, version, old.timescale(), a.timescale(), reason));
        }
        List<String> leads = a.leads().stream().map(RevisingPlan::lead).toList();
        if (!RevisingPlan.leads(old.leads()).equals(RevisingPlan.leads(leads))) {
            recorded.add(new Change(id, planId, version, Field.LEADS, String.join(", ", old.leads()),
                    String.join(", ", leads), null, null, reason));
        }
        if (old.priority() != a.priority()) {
            recorded.add(new Change(id, planId, version, Field.PRIORITY, String.valueOf(old.priority()),
                    String.valueOf(a.priority()), null, null, reason));
        }
        if (!Objects.equals(old.how(), a.how()) || !Objects.equals(old.outcomes(), a.outcomes())
                || !Objects.equals(old.objective(), a.objective()) || !old.theme().equalsIgnoreCase(in.theme())) {
            recorded.add(new Change(id, planId, version, Field.DETAILS, old.theme(), in.theme(), null, null, reason));
        }
    }

    private void deleteFor(String table, List<Long> actionIds) {
        for (int from = 0; from < actionIds.size(); from += 500) {
            List<Long> chunk = actionIds.subList(from, Math.min(actionIds.size(), from + 500));
            jdbc.update("DELETE FROM " + table + " WHERE action_id IN (" + Jdbc.marks(chunk.size()) + ")", chunk.toArray());
        }
    }

    /** Rows linking actions to milestones, leads and recommendations, written in a few batches. */
    private final class Links {
        final List<Object[]> milestones = new ArrayList<>();
        final List<Object[]> agencyLinks = new ArrayList<>();
        final List<Object[]> personLinks = new ArrayList<>();
        final List<Object[]> recommendationLinks = new ArrayList<>();

        void milestones(long actionId, Timescale t) {
            milestones.addAll(TimescaleColumns.milestones(actionId, t));
        }

        void leads(long actionId, PlanDraft.Action a, long boardId, Map<String, Long> personIds, Map<String, Long> agencyIds,
                   RevisionParts.Places places) {
            java.util.Set<Long> agencySeen = new java.util.HashSet<>();
            java.util.Set<Long> personSeen = new java.util.HashSet<>();
            for (PlanDraft.Lead lead : a.leads()) {
                if (lead.isPerson()) {
                    Long person = personIds.get(lead.email());
                    if (person != null && personSeen.add(person)) {
                        personLinks.add(new Object[]{actionId, person});
                    }
                } else {
                    long agency = agencyIds.computeIfAbsent(lead.agency().toLowerCase(java.util.Locale.ROOT),
                            name -> agencies.idFor(boardId, lead.agency()));
                    if (agencySeen.add(agency)) {
                        agencyLinks.add(new Object[]{actionId, agency});
                    }
                }
            }
            a.reviewRefs().stream().distinct().forEach(ref -> recommendationLinks.add(new Object[]{actionId,
                    places.recommendationId(ref)}));
        }

        void write(Jdbc jdbc) {
            jdbc.batch(TimescaleColumns.INSERT_MILESTONE, milestones);
            jdbc.batch("INSERT INTO action_lead_agency (action_id, agency_id) VALUES (?, ?)", agencyLinks);
            jdbc.batch("INSERT INTO action_lead_person (action_id, person_id) VALUES (?, ?)", personLinks);
            jdbc.batch("INSERT INTO action_recommendation (action_id, recommendation_id) VALUES (?, ?)", recommendationLinks);
        }
    }
}
