package uk.lscb.cse.plan;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.NotAllowed;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.People;
import uk.lscb.cse.people.Person;
import uk.lscb.cse.people.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Records a progress update as a new history entry. Only the action's lead people, people of its
 * lead agencies, or a coordinator may update it. The action row is locked so two leads updating
 * at once each see the other's RAG as "before": no update is lost.
 */
@Singleton
public class UpdatingProgress {
    private static final Logger LOG = LoggerFactory.getLogger(UpdatingProgress.class);
    public static final int MAX_NOTE = 2000;

    private final Jdbc jdbc;
    private final RagCounts ragCounts;
    private final FindingActions finding;
    private final People people;
    private final CheckingNotes checking;
    private final Clock clock;
    private final ProgressMetrics metrics;

    UpdatingProgress(Jdbc jdbc, FindingActions finding, People people, RagCounts ragCounts, CheckingNotes checking,
                     Clock clock, ProgressMetrics metrics) {
        this.metrics = metrics;
        this.ragCounts = ragCounts;
        this.jdbc = jdbc;
        this.finding = finding;
        this.people = people;
        this.checking = checking;
        this.clock = clock;
    }

    /** What was recorded, and the action as it now stands. */
    public record Recorded(ProgressEntry entry, ActionView action) {
    }

    @Transactional
    public Recorded update(UpdateProgress command) {
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        if (command.rag() == null && note == null) {
            throw new Invalid("give a RAG (red, amber, green, complete) and/or a note");
        }
        if (command.rag() == Rag.NOT_STARTED || command.rag() == Rag.NOT_RATED) {
            throw new Invalid("an action cannot be set back to " + command.rag().label().toLowerCase(java.util.Locale.ROOT)
                    + "; use red, amber, green or complete");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new Invalid("the note is " + note.length() + " characters; keep it under " + MAX_NOTE);
        }
        PlanInfo plan = finding.plan(command.planId());
        if (note != null) {
            checking.forBoard(plan.boardId()).check(note).ifPresent(found -> {
                // Never log the note itself (it may identify a child), nor an email: the person's id.
                LOG.warn("Refused a note from {} ({}) on plan {} action {}: {}", people.byEmail(plan.boardId(),
                        command.actor().who()).map(p -> "person " + p.id()).orElse("an unlinked user"),
                        command.actor().source(), plan.id(), command.ref(), found);
                metrics.refused("guard", command.actor().source());
                throw new UnsafeNote(found);
            });
        }
        Person author = people.byEmail(plan.boardId(), command.actor().who()).orElseThrow(() -> {
            metrics.refused("permission", command.actor().source());
            return new NotAllowed(command.actor().who() + " is not one of " + plan.boardName() + "'s people; ask the board"
                    + " manager to add you");
        });
        long actionId = jdbc.one("SELECT id FROM action WHERE plan_id = ? AND ref = ? AND retired_in IS NULL FOR UPDATE",
                rs -> rs.getLong(1), plan.id(), command.ref().strip()).orElseThrow(() -> finding.noSuchAction(plan.id(), command.ref()));
        ActionView action = finding.action(plan.id(), command.ref());
        refusal(author, action).ifPresent(why -> {
            metrics.refused("permission", command.actor().source());
            throw new NotAllowed(why);
        });
        // A locking read sees the latest committed entry, even one written while we waited for the
        // action's lock; a plain read would see this transaction's older snapshot.
        Rag before = jdbc.one("SELECT rag_after FROM progress_update WHERE action_id = ? ORDER BY id DESC LIMIT 1 FOR UPDATE",
                rs -> Rag.valueOf(rs.getString(1)), actionId).orElse(Rag.NOT_RATED);
        Rag after = command.rag() == null ? before : command.rag();
        Instant now = clock.instant();
        long id = jdbc.insert("""
                INSERT INTO progress_update (action_id, rag_before, rag_after, rag_wording, note, author, source, channel,
                                             created_at)
                VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?)""",
                actionId, before, after, note, author.email(), command.actor().source(), command.actor().channel(), now);
        jdbc.update("UPDATE action SET current_update_id = ? WHERE id = ?", id, actionId);
        jdbc.update("UPDATE plan SET revision = revision + 1 WHERE id = ?", plan.id());
        ragCounts.moved(plan.id(), before, after);
        metrics.updated(command.actor().source());
        ProgressEntry entry = new ProgressEntry(id, now, before, after, null, note, author.email(),
                command.actor().source(), command.actor().channel());
        return new Recorded(entry, finding.action(plan.id(), action.ref()));
    }

    /** Why this person may not update the action, or empty when they may. */
    public static Optional<String> refusal(Person person, ActionView action) {
        return mayUpdate(person, action) ? Optional.empty() : Optional.of("only the leads of " + action.ref() + " ("
                + String.join(", ", action.leads()) + ") or a coordinator can update it");
    }

    static boolean mayUpdate(Person person, ActionView action) {
        return person.role() == Role.COORDINATOR || leads(person, action);
    }

    /** A lead of the action: named, or a person of one of its lead agencies. */
    public static boolean leads(Person person, ActionView action) {
        return action.leadPeople().stream().anyMatch(p -> p.email().equalsIgnoreCase(person.email()))
                || person.agency() != null && action.leadAgencies().stream().anyMatch(a -> a.equalsIgnoreCase(person.agency()));
    }
}
