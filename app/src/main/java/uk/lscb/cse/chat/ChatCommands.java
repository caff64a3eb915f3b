package uk.lscb.cse.chat;

import jakarta.inject.Singleton;
import uk.lscb.cse.people.People;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.NotAllowed;
import uk.lscb.cse.NotFound;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.plan.ActionFilter;
import uk.lscb.cse.plan.ActionView;
import uk.lscb.cse.plan.CurrentPlan;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.plan.ProgressEntry;
import uk.lscb.cse.plan.SummarisingPlan;
import uk.lscb.cse.plan.UpdateProgress;
import uk.lscb.cse.plan.UpdatingProgress;
import uk.lscb.cse.plan.Rag;
import uk.lscb.cse.plan.RagDefinitions;
import uk.lscb.cse.people.Person;

import java.util.List;
import java.util.function.Function;

/**
 * The one brain behind both chat platforms: answers a {@link Command} for a {@link ChatUser}.
 * Adapters only translate requests in and render the {@link ChatReply} out.
 */
@Singleton
public class ChatCommands {
    public static final String UNSAVED = "Could not save, nothing was changed — please try again in a minute.";
    private static final Logger LOG = LoggerFactory.getLogger(ChatCommands.class);

    private final CurrentPlan currentPlan;
    private final FindingActions finding;
    private final SummarisingPlan summarising;
    private final UpdatingProgress updating;
    private final People people;
    private final AnsweringKpis kpis;
    private final AskingForReports reporting;
    private final Clock clock;
    private final RagDefinitions ragDefinitions;
    private final EditingFromChat editing;

    ChatCommands(CurrentPlan currentPlan, FindingActions finding, SummarisingPlan summarising, UpdatingProgress updating,
                 People people, AnsweringKpis kpis, AskingForReports reporting, Clock clock,
                 RagDefinitions ragDefinitions, EditingFromChat editing) {
        this.reporting = reporting;
        this.editing = editing;
        this.people = people;
        this.kpis = kpis;
        this.ragDefinitions = ragDefinitions;
        this.clock = clock;
        this.currentPlan = currentPlan;
        this.finding = finding;
        this.summarising = summarising;
        this.updating = updating;
    }

    /**
     * The rule for every update, whatever it came from (command, button, modal, card, thread reply):
     * a move to Red or Complete needs a note saying why, and a note needs its words. Empty when
     * nothing is missing; adapters may call it early to keep a form open.
     */
    public static Optional<String> missingNote(Rag rag, String note) {
        boolean blank = note == null || note.isBlank();
        if ((rag == Rag.RED || rag == Rag.COMPLETE) && blank) {
            return Optional.of("A note is required when moving to " + rag.label()
                    + (rag == Rag.RED ? ": say what is blocking it." : ": say what was delivered."));
        }
        if (rag == null && blank) {
            return Optional.of("Write the note to add.");
        }
        return Optional.empty();
    }

    /**
     * @param mentioned resolves a platform mention (PersonStatus) to an email, or null when it cannot
     */
    public ChatReply handle(Command command, ChatUser user, Function<String, String> mentioned) {
        try {
            return answer(command, user, mentioned);
        } catch (NotFound | Invalid | NotAllowed e) {
            return new ChatReply.Message(e.getMessage(), notLinked(user));
        } catch (RuntimeException e) {
            // Never the command's text (it holds the note) nor an email: the log is kept and shipped.
            LOG.error("Chat command {} from {} failed", command.getClass().getSimpleName(), who(user), e);
            return new ChatReply.Message(UNSAVED);
        }
    }

    // Java 17: no pattern matching in switch yet, so an instanceof chain over the sealed commands.
    private ChatReply answer(Command command, ChatUser user, Function<String, String> mentioned) {
        String footnote = notLinked(user);
        if (command instanceof Command.Help) {
            return new ChatReply.Help(footnote, user.board() == null ? List.of()
                    : RagDefinitions.lines(ragDefinitions.of(user.board().id())));
        }
        if (command instanceof Command.Unreadable unreadable) {
            return new ChatReply.Message(unreadable.hint(), footnote);
        }
        if (command instanceof Command.PlanStatus) {
            long plan = plan(user);
            return new ChatReply.PlanStatus(summarising.summary(plan), kpis.counts(user, plan), footnote);
        }
        if (command instanceof Command.ActionStatus status) {
            ActionView action = finding.action(plan(user), status.ref());
            // Notes are for the board's people only: for anyone else they are not even read.
            List<ProgressEntry> recent = user.linked() ? finding.history(action.id()).stream().limit(3).toList() : List.of();
            return new ChatReply.ActionDetail(action, recent, status.share(), footnote, editing.slips(action));
        }
        if (command instanceof Command.PersonStatus status) {
            String email = mentioned.apply(status.platformUserId());
            if (email == null) {
                return new ChatReply.Message("I could not look up that person's email, so I can't find their actions.");
            }
            // Named, never by email: this list may be answered in a channel.
            String name = people.byEmail(user.board().id(), email).map(Person::name).orElse("That person");
            return list(user, "Actions led by " + name, new ActionFilter(null, false, email, null),
                    name + " leads no actions in the plan (by name or through their agency).", footnote);
        }
        if (command instanceof Command.AgencyStatus status) {
            return list(user, "Actions led by " + status.agency(), new ActionFilter(null, false, status.agency(), null),
                    "No actions are led by \"" + status.agency() + "\". Check the spelling, or try status 2.3 for one action.",
                    footnote);
        }
        if (command instanceof Command.Mine) {
            if (!user.linked()) {
                return new ChatReply.Message("I can't tell which actions are yours: " + linkHint(user));
            }
            return list(user, "Your actions", new ActionFilter(null, false, user.person().email(), null),
                    "You lead no actions in the plan, by name or through " + agency(user) + ".", null);
        }
        if (command instanceof Command.Overdue) {
            return list(user, "Overdue actions", new ActionFilter(null, true, null, null), "Nothing is overdue.", footnote);
        }
        if (command instanceof Command.History history) {
            ActionView action = finding.action(plan(user), history.ref());
            return new ChatReply.History(action, finding.history(action.id()), footnote, editing.changes(action));
        }
        if (command instanceof Command.Update update) {
            return record(user, update.planId(), update.ref(), update.rag(), update.note());
        }
        if (command instanceof Command.Note note) {
            return record(user, note.planId(), note.ref(), null, note.note());
        }
        if (command instanceof Command.KpiList || command instanceof Command.KpiShow || command instanceof Command.KpiGive) {
            return kpis.answer(command, user, plan(user), footnote);
        }
        if (command instanceof Command.Edit edit) {
            return user.linked() ? editing.answer(edit, user, mentioned, plan(user))
                    : new ChatReply.Message("You can't change actions yet: " + linkHint(user));
        }
        if (command instanceof Command.Pause pause) {
            return pause(user, pause.until());
        }
        if (command instanceof Command.Resume) {
            return pause(user, null);
        }
        if (command instanceof Command.Report report) {
            return reporting.report(user, plan(user), report.from(), report.to());
        }
        throw new IllegalArgumentException("unhandled command " + command);
    }

    /**
     * Why {@code user} may not update {@code action}, for a form to say before it opens rather than
     * after it was filled in; empty when they may.
     */
    public Optional<ChatReply> mayNotUpdate(ChatUser user, ActionView action) {
        if (!user.linked()) {
            return Optional.of(new ChatReply.Message("You can't update actions yet: " + linkHint(user)));
        }
        return UpdatingProgress.refusal(user.person(), action).map(ChatReply.Message::new);
    }

    /** How a log names the asker: by person id, never by email. */
    static String who(ChatUser user) {
        return user.linked() ? "person " + user.person().id() : "an unlinked user";
    }

    private ChatReply record(ChatUser user, Long shownIn, String ref, Rag rag, String note) {
        if (!user.linked()) {
            return new ChatReply.Message("You can't update actions yet: " + linkHint(user));
        }
        long current = plan(user);
        if (shownIn != null && shownIn != current) {
            return new ChatReply.Message(superseded(shownIn, current, ref));
        }
        Optional<String> missing = missingNote(rag, note);
        if (missing.isPresent()) {
            return new ChatReply.Message(missing.get() + " For example: update " + ref + " "
                    + (rag == null ? "amber" : rag == Rag.COMPLETE ? "done" : rag.label().toLowerCase(java.util.Locale.ROOT))
                    + (rag == Rag.COMPLETE ? " report published and circulated" : " waiting on police data") + ".");
        }
        UpdatingProgress.Recorded recorded = updating.update(new UpdateProgress(current, ref, rag, note,
                new Actor(user.person().email(), user.platform(), user.channel())));
        return new ChatReply.Updated(recorded.action(), recorded.entry(), user.person().name(), null);
    }

    /**
     * A button, card or thread from an earlier plan: its ref may now name a different action, so
     * nothing is written; say which action the current plan has under that ref, if any.
     */
    private String superseded(long shownIn, long current, String ref) {
        String old = finding.plan(shownIn).title();
        String now = finding.plan(current).title();
        String matching;
        try {
            ActionView action = finding.action(current, ref);
            matching = "its " + action.ref() + " is \"" + action.text() + "\": if that is the one, update it with update "
                    + action.ref() + " followed by the RAG and a note.";
        } catch (NotFound e) {
            matching = "it has no " + ref + ".";
        }
        return "Not saved: this " + ref + " is from \"" + old + "\", which is no longer the current plan. The current plan"
                + " is \"" + now + "\"; " + matching;
    }

    private ChatReply pause(ChatUser user, java.time.LocalDate until) {
        if (!user.linked()) {
            return new ChatReply.Message("Only " + user.board().name() + "'s people get alerts: " + linkHint(user));
        }
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of(user.board().timeZone())));
        if (until != null && until.isBefore(today)) {
            return new ChatReply.Message(until + " has passed; give the last day of your leave, e.g. pause "
                    + today.plusWeeks(2));
        }
        people.pause(user.person(), until, new Actor(user.person().email(), user.platform(), user.channel()));
        return new ChatReply.Message(until == null
                ? "Welcome back: alerts and reminders are on again."
                : "Paused until the end of " + until + ": no alerts or reminders until then (the board manager still"
                + " sees your actions in the digest). Type resume to start again sooner.");
    }

    private ChatReply list(ChatUser user, String title, ActionFilter filter, String whenEmpty, String footnote) {
        return new ChatReply.ActionList(title, finding.actions(plan(user), filter), whenEmpty, footnote);
    }

    private long plan(ChatUser user) {
        return currentPlan.of(user.board().id(), user.board().slug());
    }

    private static String notLinked(ChatUser user) {
        return user.linked() ? null : "You're not linked to " + user.board().name() + "'s people, so you see refs, titles"
                + " and RAG but not progress notes, and can't update actions: " + linkHint(user);
    }

    // No email here: an answer in a Teams channel is seen by everyone there.
    static String linkHint(ChatUser user) {
        if (user.outsider() != null) {
            return user.outsider() + ", so you can't be linked whatever your email; use your own organisation's "
                    + user.platformName() + " account.";
        }
        return "ask the board manager to add the work email of your " + user.platformName()
                + " account to the board's people.";
    }

    private static String agency(ChatUser user) {
        return user.person().agency() == null ? "your agency" : user.person().agency();
    }
}
