package uk.lscb.cse.chat;

import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.people.People;
import uk.lscb.cse.people.Person;
import uk.lscb.cse.plan.ActionChanges;
import uk.lscb.cse.plan.ActionView;
import uk.lscb.cse.plan.editing.DueWording;
import uk.lscb.cse.plan.editing.EditingActions;

import java.util.List;
import java.util.function.Function;

/** Answers the edit verbs (due, lead, priority) for {@link ChatCommands}; who may is decided by {@link EditingActions}. */
@Singleton
class EditingFromChat {
    private final EditingActions editing;
    private final ActionChanges changes;
    private final People people;

    EditingFromChat(EditingActions editing, ActionChanges changes, People people) {
        this.editing = editing;
        this.changes = changes;
        this.people = people;
    }

    ActionChanges.Slips slips(ActionView action) {
        return changes.slips(action.id(), action.timescale());
    }

    List<ActionChanges.Entry> changes(ActionView action) {
        return changes.of(action.id());
    }

    /** For a linked user ({@code user.person()} is set), on the board's current plan. */
    ChatReply answer(Command.Edit edit, ChatUser user, Function<String, String> mentioned, long planId) {
        Actor actor = new Actor(user.person().email(), user.platform(), user.channel());
        String by = user.person().name();
        if (edit instanceof Command.MoveDue due) {
            DueWording.Split split = DueWording.split(due.text(), due.ref());
            EditingActions.Edited edited = editing.moveDue(planId, due.ref(), split.timescale(), split.reason(), actor);
            String from = edited.change().from() == null ? "none set" : edited.change().from();
            return new ChatReply.Edited(edited.action(), "timescale " + from + " → " + edited.change().to(),
                    edited.change().reason(), edited.slips(), by, null);
        }
        if (edit instanceof Command.ChangeLead lead) {
            String who = lead.mention() ? mentioned.apply(lead.who()) : lead.who();
            if (who == null) {
                return new ChatReply.Message("I could not look up that person's email, so I can't make them a lead. Ask"
                        + " the board manager to check they are one of the board's people.");
            }
            EditingActions.Edited edited = editing.changeLead(planId, lead.ref(), lead.add(), who, lead.reason(), actor);
            // Named, never by email: this answer may be seen in a channel.
            String name = lead.mention() ? people.byEmail(user.board().id(), who).map(Person::name).orElse("that person") : who;
            return new ChatReply.Edited(edited.action(), (lead.add() ? "lead added: " : "lead removed: ") + name,
                    edited.change().reason(), null, by, null);
        }
        Command.SetPriority priority = (Command.SetPriority) edit;
        EditingActions.Edited edited = editing.setPriority(planId, priority.ref(), priority.on(), priority.reason(), actor);
        return new ChatReply.Edited(edited.action(), priority.on() ? "now a top priority" : "no longer a top priority",
                edited.change().reason(), null, by, null);
    }
}
