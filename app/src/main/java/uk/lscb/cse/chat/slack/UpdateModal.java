package uk.lscb.cse.chat.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import jakarta.inject.Singleton;
import uk.lscb.cse.chat.ChatCommands;
import uk.lscb.cse.chat.AnsweringMessages;
import uk.lscb.cse.chat.Audience;
import uk.lscb.cse.chat.ChatView;
import uk.lscb.cse.chat.ReplyViews;
import uk.lscb.cse.chat.Words;
import uk.lscb.cse.chat.ChatReply;
import uk.lscb.cse.chat.ChatThreads;
import uk.lscb.cse.chat.ChatUser;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.chat.Command;
import uk.lscb.cse.plan.ActionView;
import uk.lscb.cse.plan.CheckingNotes;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.plan.Identifying;
import uk.lscb.cse.plan.Rag;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The RAG buttons on an action message open a modal for a note; submitting it records the update.
 * The modal opens only for someone who may update the action (anyone else is told why, privately),
 * and starts empty: the last note is not shown again. A note is required for Red and Complete, and
 * is checked by the safeguarding guard before the modal closes, so the person can reword it there.
 */
@Singleton
class UpdateModal {
    static final String CALLBACK = "cse_update";
    private static final String NOTE = "note";

    private final FindingActions finding;
    private final SlackPeople people;
    private final ChatCommands commands;
    private final SlackWeb web;
    private final CheckingNotes checking;
    private final ChatThreads threads;

    UpdateModal(FindingActions finding, SlackPeople people, ChatCommands commands, SlackWeb web, CheckingNotes checking,
                ChatThreads threads) {
        this.threads = threads;
        this.finding = finding;
        this.people = people;
        this.commands = commands;
        this.web = web;
        this.checking = checking;
    }

    /** What the modal is about, carried in its private_metadata. */
    record Target(long planId, String ref, Rag rag, String channel) {
        String metadata() {
            return planId + "|" + ref + "|" + (rag == null ? "" : rag.name()) + "|" + (channel == null ? "" : channel);
        }

        static Target of(String metadata) {
            String[] parts = metadata.split("\\|", -1);
            return new Target(Long.parseLong(parts[0]), parts[1], parts[2].isEmpty() ? null : Rag.valueOf(parts[2]),
                    parts[3].isEmpty() ? null : parts[3]);
        }
    }

    void open(BlockActionPayload payload) {
        BlockActionPayload.Action clicked = payload.getActions().get(0);
        String[] value = clicked.getValue().split("\\|", 2);
        Rag rag = clicked.getActionId().startsWith("rag:") ? Rag.valueOf(clicked.getActionId().substring(4)) : null;
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        Target target = new Target(Long.parseLong(value[0]), value[1], rag, channel);
        // The button's ref is the one the action had when the message was drawn: a revision may have renumbered it.
        String messageTs = payload.getContainer() == null ? null : payload.getContainer().getMessageTs();
        Optional<ChatThreads.About> about = threads.pressedOn(Source.SLACK, channel, messageTs, target.planId());
        if (about.isPresent() && about.get().retiredIn() != null) {
            tell(payload.getTeam().getId(), channel, payload.getUser().getId(),
                    ReplyViews.message(Words.retired(target.ref(), about.get().retiredIn()), Audience.PRIVATE));
            return;
        }
        if (about.isPresent()) {
            target = new Target(target.planId(), about.get().ref(), rag, channel);
        }
        String userId = payload.getUser().getId();
        Optional<ChatUser> user = people.user(payload.getTeam().getId(), userId, channel);
        if (user.isEmpty()) {
            tell(payload.getTeam().getId(), channel, userId, ReplyViews.message(SlackPeople.notLinkedWorkspace(payload.getTeam().getId()), Audience.PRIVATE));
            return;
        }
        ActionView action = finding.action(target.planId(), target.ref());
        Optional<ChatReply> refused = commands.mayNotUpdate(user.get(), action);
        if (refused.isPresent()) {
            tell(payload.getTeam().getId(), channel, userId, AnsweringMessages.view(refused.get(), Audience.PRIVATE, user.get()));
            return;
        }
        web.openView(payload.getTeam().getId(), payload.getTriggerId(), Blocks.json(view(target, action)));
    }

    /** Checks the modal's note while Slack waits: errors keep the modal open with the reason under the field. */
    Map<String, String> errors(ViewSubmissionPayload payload) {
        Target target = Target.of(payload.getView().getPrivateMetadata());
        String note = note(payload);
        Optional<String> missing = ChatCommands.missingNote(target.rag(), note);
        if (missing.isPresent()) {
            return Map.of(NOTE, missing.get());
        }
        Optional<Identifying> found = checking.forBoard(finding.plan(target.planId()).boardId()).check(note);
        return found.map(f -> Map.of(NOTE, "Not saved: " + f.concern() + ". Notes are about the plan, not about children."))
                .orElse(Map.of());
    }

    void save(ViewSubmissionPayload payload) {
        Target target = Target.of(payload.getView().getPrivateMetadata());
        String userId = payload.getUser().getId();
        Optional<ChatUser> user = people.user(payload.getTeam().getId(), userId, target.channel());
        ChatView view = user.isEmpty() ? ReplyViews.message(SlackPeople.notLinkedWorkspace(payload.getTeam().getId()), Audience.PRIVATE)
                : AnsweringMessages.view(commands.handle(target.rag() == null ? new Command.Note(target.ref(), note(payload), target.planId())
                        : new Command.Update(target.ref(), target.rag(), note(payload), target.planId()), user.get(), id -> null),
                        Audience.PRIVATE, user.get());
        tell(payload.getTeam().getId(), target.channel(), userId, view);
    }

    private void tell(String team, String channel, String userId, ChatView view) {
        Modals.tell(web, team, channel, userId, view);
    }

    private static String note(ViewSubmissionPayload payload) {
        return Modals.field(payload, NOTE);
    }

    private static Map<String, Object> view(Target target, ActionView action) {
        boolean required = target.rag() == Rag.RED || target.rag() == Rag.COMPLETE || target.rag() == null;
        return Modals.modal(CALLBACK, target.metadata(), "Update " + target.ref(), List.of(
                Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", "*" + Blocks.esc(action.ref()) + "* "
                        + Blocks.esc(Blocks.cut(action.text(), 500)) + "\n" + Words.rag(action.rag())
                        + (target.rag() == null ? "" : " → " + Words.rag(target.rag())))),
                Map.of("type", "input", "block_id", NOTE, "optional", !required,
                        "label", Blocks.plain(target.rag() == null ? "Progress note" : "Progress note" + (required ? "" : " (optional)")),
                        "hint", Blocks.plain("About the plan, never about a child: no names, dates of birth or addresses."),
                        "element", Modals.noteInput(NOTE))));
    }
}
