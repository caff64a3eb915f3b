package uk.lscb.cse.plan.transfer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.Agencies;
import uk.lscb.cse.people.People;
import uk.lscb.cse.people.Person;
import uk.lscb.cse.plan.CheckingNotes;
import uk.lscb.cse.plan.Rag;
import uk.lscb.cse.plan.RagCounts;
import uk.lscb.cse.plan.Timescale;
import uk.lscb.cse.plan.TimescaleColumns;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a plan file into a board in one transaction: every problem is reported and nothing is
 * written, or the whole plan is stored. Progress cells pass the board's safeguarding guard, as notes do. Each action's RAG and progress from the file become its
 * first history entry (source import).
 */
@Singleton
public class ImportingPlan {
    private final RagCounts counts;
    private final Jdbc jdbc;
    private final People people;
    private final Agencies agencies;
    private final Audit audit;
    private final CheckingNotes checking;
    private final Clock clock;
    private final PlanLimits limits;

    ImportingPlan(Jdbc jdbc, People people, Agencies agencies, Audit audit, RagCounts ragCounts, CheckingNotes checking,
                  Clock clock, PlanLimits limits) {
        this.counts = ragCounts;
        this.jdbc = jdbc;
        this.people = people;
        this.agencies = agencies;
        this.audit = audit;
        this.checking = checking;
        this.clock = clock;
        this.limits = limits;
    }

    public record Imported(long planId, String title, int themes, int actions, int leads, Map<Rag, Integer> rag,
                           int generatedRefs, int flaggedTimescales, int recommendations, int kpis) {
    }

    @Transactional
    public Imported importPlan(long boardId, PlanDocument document, Actor actor) {
        Map<String, Long> personIds = people.of(boardId).stream()
                .collect(Collectors.toMap(Person::email, Person::id));
        PlanDraft plan = draft(boardId, personIds, document);
        Instant now = clock.instant();
        long planId = jdbc.insert("""
                INSERT INTO plan (board_id, title, period_start, period_end, review_cadence, status, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?)""",
                boardId, plan.title(), plan.periodStart(), plan.periodEnd(), plan.reviewCadence(), now, actor.who());
        Map<String, Long> recommendationIds = new HashMap<>();
        for (PlanDocument.Recommendation r : plan.recommendations()) {
            recommendationIds.put(r.ref(), jdbc.insert("INSERT INTO recommendation (plan_id, ref, text) VALUES (?, ?, ?)",
                    planId, r.ref(), r.text().strip()));
        }
        Map<String, Long> agencyIds = new HashMap<>();
        Set<PlanDraft.Lead> distinctLeads = new HashSet<>();
        Map<Rag, Integer> ragCounts = new EnumMap<>(Rag.class);
        List<Object[]> milestones = new ArrayList<>();
        List<Object[]> agencyLinks = new ArrayList<>();
        List<Object[]> personLinks = new ArrayList<>();
        List<Object[]> recommendationLinks = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        List<Long> themeIds = new ArrayList<>();
        int position = 0;
        int generated = 0;
        int flagged = 0;
        for (int t = 0; t < plan.themes().size(); t++) {
            PlanDraft.Theme theme = plan.themes().get(t);
            long themeId = jdbc.insert("INSERT INTO theme (plan_id, position, name, aim) VALUES (?, ?, ?, ?)",
                    planId, t + 1, theme.name(), theme.aim());
            themeIds.add(themeId);
            Map<String, Long> objectiveIds = new LinkedHashMap<>();
            for (PlanDraft.Action action : theme.actions()) {
                Long objectiveId = action.objective() == null ? null : objectiveIds.computeIfAbsent(action.objective(),
                        text -> jdbc.insert("INSERT INTO objective (theme_id, position, text) VALUES (?, ?, ?)",
                                themeId, objectiveIds.size() + 1, text));
                Timescale timescale = action.timescale();
                long actionId = ActionRows.insert(jdbc, planId, themeId, objectiveId, ++position, action);
                milestones.addAll(TimescaleColumns.milestones(actionId, timescale));
                for (PlanDraft.Lead lead : action.leads()) {
                    distinctLeads.add(lead.isPerson() ? lead : new PlanDraft.Lead(lead.agency().toLowerCase(), null));
                    if (lead.isPerson()) {
                        personLinks.add(new Object[]{actionId, personIds.get(lead.email())});
                    } else {
                        agencyLinks.add(new Object[]{actionId, agencyIds.computeIfAbsent(lead.agency().toLowerCase(),
                                name -> agencies.idFor(boardId, lead.agency()))});
                    }
                }
                for (String ref : action.reviewRefs()) {
                    recommendationLinks.add(new Object[]{actionId, recommendationIds.get(ref)});
                }
                history.add(new Object[]{actionId, Rag.NOT_STARTED, action.rag(), action.ragWording(), action.progress(),
                        actor.who(), Source.IMPORT, actor.channel(), now});
                ragCounts.merge(action.rag(), 1, Integer::sum);
                generated += action.refGenerated() ? 1 : 0;
                flagged += timescale.flagged() ? 1 : 0;
            }
        }
        jdbc.batch(TimescaleColumns.INSERT_MILESTONE, milestones);
        // Two spellings of one agency in a plan ("Police", "POLICE") are one agency: link it once.
        jdbc.batch("INSERT INTO action_lead_agency (action_id, agency_id) VALUES (?, ?)", distinct(agencyLinks));
        jdbc.batch("INSERT INTO action_lead_person (action_id, person_id) VALUES (?, ?)", distinct(personLinks));
        jdbc.batch("INSERT INTO action_recommendation (action_id, recommendation_id) VALUES (?, ?)", recommendationLinks);
        jdbc.batch("""
                INSERT INTO progress_update (action_id, rag_before, rag_after, rag_wording, note, author, source, channel,
                                             created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", history);
        jdbc.update("""
                UPDATE action a SET current_update_id = (SELECT MAX(p.id) FROM progress_update p WHERE p.action_id = a.id)
                WHERE a.plan_id = ?""", planId);
        counts.imported(planId);
        insertKpis(boardId, planId, plan.kpis(), agencyIds, themeIds, personIds, actor, now);
        Imported imported = new Imported(planId, plan.title(), plan.themes().size(), plan.actionCount(),
                distinctLeads.size(), ragCounts, generated, flagged, plan.recommendations().size(), plan.kpis().size());
        audit.record(boardId, "plan", planId, "imported", null,
                plan.title() + ": " + imported.actions() + " actions in " + imported.themes() + " themes", actor);
        return imported;
    }

    /** The file read and checked against the board (its people, its safeguarding guard, the size cap). */
    PlanDraft draft(long boardId, PlanDocument document) {
        return draft(boardId, people.of(boardId).stream().collect(Collectors.toMap(Person::email, Person::id)), document);
    }

    private PlanDraft draft(long boardId, Map<String, Long> personIds, PlanDocument document) {
        return new PlanChecks(personIds.keySet(), checking.forBoard(boardId), limits.maxActions()).check(document);
    }

    // Values from the file are the measure's first entries, by whoever imported it (source import).
    private void insertKpis(long boardId, long planId, List<PlanDraft.Kpi> kpis, Map<String, Long> agencyIds,
                            List<Long> themeIds, Map<String, Long> personIds, Actor actor, Instant now) {
        List<Object[]> values = new ArrayList<>();
        for (int k = 0; k < kpis.size(); k++) {
            PlanDraft.Kpi kpi = kpis.get(k);
            Long owner = kpi.ownerAgency() == null ? null : agencyIds.computeIfAbsent(kpi.ownerAgency().toLowerCase(),
                    name -> agencies.idFor(boardId, kpi.ownerAgency()));
            long kpiId = jdbc.insert("""
                    INSERT INTO kpi (plan_id, position, measure, counted, theme_id, owner_agency_id, owner_person_id,
                                     period_type, year_start_month, target, direction, baseline, by_agency, oba, value_kind)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    planId, k + 1, kpi.measure(), kpi.counted(),
                    kpi.themePosition() == null ? null : themeIds.get(kpi.themePosition() - 1), owner,
                    kpi.ownerEmail() == null ? null : personIds.get(kpi.ownerEmail()), kpi.periodType(),
                    kpi.yearStartMonth(), kpi.target(), kpi.direction(), kpi.baseline(), kpi.byAgency(), kpi.oba(),
                    kpi.kind());
            kpi.values().forEach((period, value) -> values.add(new Object[]{kpiId, period, value, actor.who(),
                    Source.IMPORT.name(), actor.channel(), now}));
        }
        jdbc.batch("""
                INSERT INTO kpi_value (kpi_id, period, value, author, source, channel, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", values);
    }

    private static List<Object[]> distinct(List<Object[]> links) {
        Set<List<Object>> seen = new HashSet<>();
        return links.stream().filter(link -> seen.add(List.of(link))).filter(link -> Objects.nonNull(link[1])).toList();
    }
}
