package uk.lscb.cse.plan.editing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.NotAllowed;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.Agencies;
import uk.lscb.cse.people.People;
import uk.lscb.cse.people.Person;
import uk.lscb.cse.people.Role;
import uk.lscb.cse.plan.ActionChanges;
import uk.lscb.cse.plan.ActionChanges.Change;
import uk.lscb.cse.plan.ActionChanges.Field;
import uk.lscb.cse.plan.ActionView;
import uk.lscb.cse.plan.CheckingNotes;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.plan.PlanInfo;
import uk.lscb.cse.plan.Timescale;
import uk.lscb.cse.plan.TimescaleColumns;
import uk.lscb.cse.plan.UnsafeNote;
import uk.lscb.cse.plan.UpdatingProgress;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Changes an action's timescale, leads or priority after import, from chat or the API: each change
 * is a history entry with who, when, from where and why, and is audited. A move of a due date needs
 * a reason (it is a slip, and boards ask why). Coordinators may change anything; a lead their own
 * actions as far as the board allows ({@link EditRules}).
 */
@Singleton
public class EditingActions {
    public static final int MAX_REASON = 2000;

    private final Jdbc jdbc;
    private final FindingActions finding;
    private final People people;
    private final Agencies agencies;
    private final EditRules rules;
    private final ActionChanges changes;
    private final CheckingNotes checking;
    private final Audit audit;
    private final Clock clock;

    EditingActions(Jdbc jdbc, FindingActions finding, People people, Agencies agencies, EditRules rules,
                   ActionChanges changes, CheckingNotes checking, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.finding = finding;
        this.people = people;
        this.agencies = agencies;
        this.rules = rules;
        this.changes = changes;
        this.checking = checking;
        this.audit = audit;
        this.clock = clock;
    }

    /** What was changed, the action as it now stands and how often its due date has moved. */
    public record Edited(ActionView action, Change change, ActionChanges.Slips slips) {
    }

    private record Target(PlanInfo plan, ActionView action, String reason) {
    }

    @Transactional
    public Edited moveDue(long planId, String ref, Timescale to, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw new Invalid("Say why the date moves: due " + ref + " " + (to.text() == null ? "March 2026" : to.text())
                    + " waiting on the new contract. The reason is kept with the change.");
        }
        Target t = target(planId, ref, reason, actor, true);
        Timescale from = t.action().timescale();
        if (Objects.equals(from.due(), to.due()) && from.precision() == to.precision()
                && Objects.equals(from.reviewDate(), to.reviewDate())) {
            throw new Invalid(t.action().ref() + " is already " + describe(from) + ": nothing changed.");
        }
        long id = t.action().id();
        List<Object> values = new ArrayList<>(TimescaleColumns.values(to));
        values.add(id);
        jdbc.update("UPDATE action SET " + TimescaleColumns.assignments() + " WHERE id = ?", values.toArray());
        jdbc.update("DELETE FROM milestone WHERE action_id = ?", id);
        jdbc.batch(TimescaleColumns.INSERT_MILESTONE, TimescaleColumns.milestones(id, to));
        return done(t, Change.timescale(id, planId, null, from, to, t.reason()), actor);
    }

    /** {@code lead}: a person of the board by email, or an agency by name. */
    @Transactional
    public Edited changeLead(long planId, String ref, boolean add, String lead, String reason, Actor actor) {
        Target t = target(planId, ref, reason, actor, false);
        ActionView a = t.action();
        String wanted = lead == null ? "" : lead.strip();
        if (wanted.isEmpty()) {
            throw new Invalid("Say who: lead " + ref + (add ? " add" : " remove") + " @person (or an agency, e.g. Police).");
        }
        Person person = wanted.contains("@") ? people.byEmail(t.plan().boardId(), wanted).orElseThrow(() -> new Invalid(
                "That person is not one of " + t.plan().boardName() + "'s people, so cannot lead an action: ask the board"
                        + " manager to add them first.")) : null;
        String name = person == null ? wanted : person.name();
        boolean leading = person != null
                ? a.leadPeople().stream().anyMatch(p -> p.email().equalsIgnoreCase(person.email()))
                : a.leadAgencies().stream().anyMatch(g -> g.equalsIgnoreCase(wanted));
        if (add == leading) {
            throw new Invalid(name + (add ? " already leads " : " does not lead ") + a.ref() + " (its leads: "
                    + String.join(", ", names(a)) + ").");
        }
        if (!add && a.leadAgencies().size() + a.leadPeople().size() == 1) {
            throw new Invalid(name + " is " + a.ref() + "'s only lead: add another first (lead " + a.ref() + " add @person).");
        }
        if (person != null) {
            jdbc.update(add ? "INSERT INTO action_lead_person (action_id, person_id) VALUES (?, ?)"
                    : "DELETE FROM action_lead_person WHERE action_id = ? AND person_id = ?", a.id(), person.id());
        } else if (add) {
            jdbc.update("INSERT INTO action_lead_agency (action_id, agency_id) VALUES (?, ?)", a.id(),
                    agencies.idFor(t.plan().boardId(), wanted));
        } else {
            jdbc.update("""
                    DELETE FROM action_lead_agency WHERE action_id = ?
                      AND agency_id IN (SELECT id FROM agency WHERE board_id = ? AND name = ?)""", a.id(), t.plan().boardId(), wanted);
        }
        List<String> after = new ArrayList<>(a.leads());
        String written = person == null ? wanted : person.email();
        if (add) {
            after.add(written);
        } else {
            after.removeIf(l -> l.equalsIgnoreCase(written));
        }
        return done(t, new Change(a.id(), planId, null, Field.LEADS, String.join(", ", a.leads()), String.join(", ", after),
                null, null, t.reason()), actor);
    }

    @Transactional
    public Edited setPriority(long planId, String ref, boolean priority, String reason, Actor actor) {
        Target t = target(planId, ref, reason, actor, false);
        if (t.action().priority() == priority) {
            throw new Invalid(t.action().ref() + " is already " + (priority ? "a priority" : "not a priority") + ": nothing changed.");
        }
        jdbc.update("UPDATE action SET priority = ? WHERE id = ?", priority, t.action().id());
        return done(t, new Change(t.action().id(), planId, null, Field.PRIORITY, String.valueOf(!priority),
                String.valueOf(priority), null, null, t.reason()), actor);
    }

    private Edited done(Target t, Change change, Actor actor) {
        changes.record(List.of(change), actor, clock.instant());
        // Summaries computed before this change are no longer true.
        jdbc.update("UPDATE plan SET revision = revision + 1 WHERE id = ?", t.plan().id());
        audit.record(t.plan().boardId(), "action", t.action().id(), change.field().name().toLowerCase(java.util.Locale.ROOT),
                change.from(), change.to() + (t.reason() == null ? "" : " — " + t.reason()), actor);
        ActionView now = finding.action(t.plan().id(), t.action().ref());
        return new Edited(now, change, changes.slips(now.id(), now.timescale()));
    }

    private Target target(long planId, String ref, String reason, Actor actor, boolean due) {
        PlanInfo plan = finding.plan(planId);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            throw new Invalid("the reason is " + why.length() + " characters; keep it under " + MAX_REASON);
        }
        if (why != null) {
            checking.forBoard(plan.boardId()).check(why).ifPresent(found -> {
                throw new UnsafeNote(found);
            });
        }
        jdbc.one("SELECT id FROM action WHERE plan_id = ? AND ref = ? AND retired_in IS NULL FOR UPDATE",
                rs -> rs.getLong(1), planId, ref.strip()).orElseThrow(() -> finding.noSuchAction(planId, ref));
        ActionView action = finding.action(planId, ref);
        allowed(plan, action, actor, due);
        return new Target(plan, action, why);
    }

    /** The environment's admin token may change anything, as it may import plans; a person as their role and the board allow. */
    private void allowed(PlanInfo plan, ActionView action, Actor actor, boolean due) {
        if (!actor.isPerson()) {
            return;
        }
        Person person = people.byEmail(plan.boardId(), actor.who()).orElseThrow(() -> new NotAllowed(
                "Only " + plan.boardName() + "'s people can change actions; ask the board manager to add you."));
        EditRules.LeadsMay rule = rules.of(plan.boardId());
        boolean lead = UpdatingProgress.leads(person, action);
        if (person.role() == Role.COORDINATOR
                || lead && (rule == EditRules.LeadsMay.ALL || rule == EditRules.LeadsMay.DUE && due)) {
            return;
        }
        List<String> coordinators = people.of(plan.boardId()).stream().filter(p -> p.role() == Role.COORDINATOR)
                .map(Person::name).toList();
        throw new NotAllowed("Not changed: on this board " + rule.who(due, action.ref()) + " can " + (due ? "move " + action.ref()
                + "'s due date" : "change " + action.ref() + "'s leads or priority") + ". Ask "
                + (coordinators.isEmpty() ? "the board manager" : String.join(" or ", coordinators)) + ".");
    }

    private static List<String> names(ActionView a) {
        List<String> names = new ArrayList<>(a.leadAgencies());
        a.leadPeople().forEach(p -> names.add(p.name()));
        return names;
    }

    private static String describe(Timescale t) {
        return t.due() != null ? "due " + t.due() : t.text() == null ? "without a timescale" : "\"" + t.text() + "\"";
    }
}
