package uk.lscb.cse.plan.transfer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.plan.ActionFilter;
import uk.lscb.cse.plan.ActionView;
import uk.lscb.cse.plan.CurrentPlan;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.plan.PlanInfo;
import uk.lscb.cse.plan.Timescale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Takes a new version of a board's current plan in place of the old one without losing anything:
 * actions are matched (by ref, else by wording: {@link MatchingActions}), and the matched rows are
 * changed, so each action keeps its history, threads and alerts; dropped actions are retired, new
 * ones added. RAG and progress of a matched action stay as its history has them (a file edited
 * offline would otherwise undo updates made in chat since); a new action's come from the file.
 * A dry run reads and compares only.
 */
@Singleton
public class RevisingPlan {
    private final ImportingPlan importing;
    private final FindingActions finding;
    private final CurrentPlan currentPlan;
    private final ApplyingRevision applying;
    private final Jdbc jdbc;

    RevisingPlan(ImportingPlan importing, FindingActions finding, CurrentPlan currentPlan, ApplyingRevision applying,
                 Jdbc jdbc) {
        this.importing = importing;
        this.finding = finding;
        this.currentPlan = currentPlan;
        this.applying = applying;
        this.jdbc = jdbc;
    }

    /** An action of the new version, with its theme. */
    record Incoming(PlanDraft.Action action, String theme) {
    }

    /** The comparison: the plan, both sides and how they pair. */
    record Compared(PlanInfo plan, PlanDraft draft, List<ActionView> before, List<Incoming> after,
                    MatchingActions.Result matching) {
    }

    @Transactional
    public PlanDiff revise(long planId, PlanDocument document, String reason, boolean dryRun, Actor actor) {
        PlanInfo plan = finding.plan(planId);
        // Serialises revisions of one plan: two at once would both take the same version number.
        jdbc.one("SELECT id FROM plan WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), planId);
        long current = currentPlan.of(plan.boardId(), plan.boardSlug());
        if (current != planId) {
            throw new Invalid("plan " + planId + " is not " + plan.boardName() + "'s current plan (plan " + current
                    + " is): revise that one with PUT /api/plans/" + current);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!dryRun && why == null) {
            throw new Invalid("say why the plan is revised, e.g. ?reason=Board review March 2026: it is kept with every"
                    + " change (try ?dryRun=true first to see what would change)");
        }
        PlanDraft draft = importing.draft(plan.boardId(), document);
        List<ActionView> before = finding.actions(planId, ActionFilter.ALL);
        List<Incoming> after = new ArrayList<>();
        draft.themes().forEach(t -> t.actions().forEach(a -> after.add(new Incoming(a, t.name()))));
        MatchingActions.Result matching = MatchingActions.match(
                before.stream().map(a -> new MatchingActions.Side(a.ref(), a.text(), a.theme())).toList(),
                after.stream().map(i -> new MatchingActions.Side(i.action().ref(), i.action().text(), i.theme())).toList());
        Compared compared = new Compared(plan, draft, before, after, matching);
        int version = jdbc.one("SELECT COALESCE(MAX(number), 1) + 1 FROM plan_version WHERE plan_id = ?",
                rs -> rs.getInt(1), planId).orElse(2);
        PlanDiff diff = diff(compared, version, dryRun, why);
        if (!dryRun) {
            applying.apply(compared, diff, version, why, actor);
        }
        return diff;
    }

    private static PlanDiff diff(Compared c, int version, boolean dryRun, String reason) {
        List<PlanDiff.Change> reworded = new ArrayList<>();
        List<PlanDiff.Change> retimescaled = new ArrayList<>();
        List<PlanDiff.Change> reled = new ArrayList<>();
        List<PlanDiff.Change> reprioritised = new ArrayList<>();
        List<PlanDiff.Renumbered> renumbered = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (MatchingActions.Match m : c.matching().matches()) {
            ActionView old = c.before().get(m.before());
            PlanDraft.Action now = c.after().get(m.after()).action();
            boolean same = true;
            if (!m.byRef()) {
                renumbered.add(new PlanDiff.Renumbered(old.ref(), now.ref(), m.similarity(), now.text()));
                same = false;
            }
            if (!old.text().strip().equals(now.text().strip())) {
                reworded.add(new PlanDiff.Change(now.ref(), old.text(), now.text(), m.similarity()));
                same = false;
            }
            if (timescaleChanged(old.timescale(), now.timescale())) {
                retimescaled.add(new PlanDiff.Change(now.ref(), old.timescale().text(), now.timescale().text(), null));
                same = false;
            }
            if (!leads(old.leads()).equals(leads(now.leads().stream().map(RevisingPlan::lead).toList()))) {
                reled.add(new PlanDiff.Change(now.ref(), String.join(", ", old.leads()),
                        String.join(", ", now.leads().stream().map(RevisingPlan::lead).toList()), null));
                same = false;
            }
            if (old.priority() != now.priority()) {
                reprioritised.add(new PlanDiff.Change(now.ref(), old.priority() ? "priority" : "not priority",
                        now.priority() ? "priority" : "not priority", null));
                same = false;
            }
            if (same) {
                unchanged.add(now.ref());
            }
        }
        List<PlanDiff.Added> added = c.matching().added().stream().map(c.after()::get)
                .map(i -> new PlanDiff.Added(i.action().ref(), i.action().text(), i.theme())).toList();
        List<PlanDiff.Removed> removed = c.matching().removed().stream().map(c.before()::get)
                .map(a -> new PlanDiff.Removed(a.ref(), a.text(), a.rag().label())).toList();
        List<String> notes = List.of("Matched actions keep their RAG and progress history; the file's RAG and progress"
                        + " are used for added actions only.",
                "Removed actions are retired: kept with their history, out of alerts, digests and status.");
        return new PlanDiff(c.plan().id(), version, dryRun, reason,
                new PlanDiff.Counts(added.size(), removed.size(), reworded.size(), retimescaled.size(), reled.size(),
                        reprioritised.size(), renumbered.size(), unchanged.size()),
                added, removed, reworded, retimescaled, reled, reprioritised, renumbered, unchanged, notes);
    }

    static boolean timescaleChanged(Timescale old, Timescale now) {
        return !Objects.equals(wording(old.text()), wording(now.text())) || !Objects.equals(old.due(), now.due())
                || old.precision() != now.precision() || !Objects.equals(old.reviewDate(), now.reviewDate());
    }

    private static String wording(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String lead(PlanDraft.Lead lead) {
        return lead.isPerson() ? lead.email() : lead.agency();
    }

    static TreeSet<String> leads(List<String> leads) {
        TreeSet<String> set = new TreeSet<>();
        leads.forEach(l -> set.add(l.strip().toLowerCase(Locale.ROOT)));
        return set;
    }
}
