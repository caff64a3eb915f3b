package uk.lscb.cse.chat.teams;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.chat.AnsweringMessages;
import uk.lscb.cse.chat.Audience;
import uk.lscb.cse.chat.ChatCommands;
import uk.lscb.cse.chat.ChatReply;
import uk.lscb.cse.chat.ChatThreads;
import uk.lscb.cse.chat.ChatUser;
import uk.lscb.cse.chat.Words;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.chat.ChatView;
import uk.lscb.cse.chat.Command;
import uk.lscb.cse.chat.ReplyViews;
import uk.lscb.cse.plan.Rag;

import java.util.Map;
import java.util.Optional;

/**
 * A card button (Action.Execute): verb "rag" with the RAG and the note typed on the card, or
 * "note". The answer replaces the card pressed; on a card others can see (a channel, a group chat)
 * it is worded for them, and the presser's own result, with their note, goes to their personal chat.
 */
@Singleton
class TeamsCardActions {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsCardActions.class);

    private final TeamsPeople people;
    private final ChatCommands commands;
    private final TeamsConversations conversations;
    private final BotConnector connector;

    private final ChatThreads threads;

    TeamsCardActions(TeamsPeople people, ChatCommands commands, TeamsConversations conversations, BotConnector connector,
                     ChatThreads threads) {
        this.threads = threads;
        this.people = people;
        this.commands = commands;
        this.conversations = conversations;
        this.connector = connector;
    }

    Map<String, Object> invoke(JsonNode activity) {
        TeamsOrigin origin = TeamsOrigin.of(activity);
        Audience audience = origin.personal() ? Audience.PRIVATE : Audience.SHARED;
        try {
            return TeamsViews.render(pressed(activity, origin, audience)).invokeResponse();
        } catch (RuntimeException e) {
            LOG.error("Teams card action could not be handled", e);
            return TeamsViews.render(ReplyViews.message(ChatCommands.UNSAVED, audience)).invokeResponse();
        }
    }

    private ChatView pressed(JsonNode activity, TeamsOrigin origin, Audience audience) {
        JsonNode action = activity.path("value").path("action");
        JsonNode data = action.path("data");
        String verb = TeamsOrigin.text(action, "verb");
        if ("kpi".equals(verb)) {
            return valueGiven(data, origin, audience);
        }
        String drawn = TeamsOrigin.text(data, "ref");
        String note = TeamsOrigin.text(data, "note");
        // The plan the card was made from: its ref may name another action in a newer plan.
        Long planId = data.path("planId").canConvertToLong() ? data.path("planId").asLong() : null;
        // The card's ref is the one the action had when the card was drawn: a revision may have renumbered it.
        Optional<ChatThreads.About> about = threads.pressedOn(Source.TEAMS, origin.conversationId(),
                TeamsOrigin.text(activity, "replyToId"), planId);
        if (about.isPresent() && about.get().retiredIn() != null) {
            return ReplyViews.message(Words.retired(drawn, about.get().retiredIn()), audience);
        }
        String ref = about.map(ChatThreads.About::ref).orElse(drawn);
        Rag rag = "rag".equals(verb) ? Rag.read(TeamsOrigin.text(data, "rag")).orElse(null) : null;
        if ("rag".equals(verb) && (rag == null || rag == Rag.NOT_STARTED || rag == Rag.NOT_RATED)) {
            return ReplyViews.message("This button names no RAG I know; use Green, Amber, Red or Complete.", audience);
        }
        Optional<Board> board = people.board(origin);
        if (board.isEmpty() || ref == null || !("rag".equals(verb) || "note".equals(verb))) {
            return ReplyViews.message("This card is not from a board linked to this tenant.", audience);
        }
        ChatUser user = people.user(board.get(), origin);
        Optional<String> missing = ChatCommands.missingNote(rag, note);
        ChatReply reply = missing.isPresent()
                ? new ChatReply.Message(missing.get() + " Type it in the note box, then press "
                        + (rag == null ? "Add note" : rag.label()) + " again.")
                : commands.handle(rag == null ? new Command.Note(ref, note, planId) : new Command.Update(ref, rag, note, planId),
                        user, id -> null);
        if (audience == Audience.SHARED && reply instanceof ChatReply.Updated) {
            tellPrivately(origin, user, AnsweringMessages.view(reply, Audience.PRIVATE, user));
        }
        // An answer on its own would leave no buttons: show it above the action as it now stands.
        ChatReply detail = commands.handle(new Command.ActionStatus(ref, false), user, id -> null);
        ChatView top = AnsweringMessages.view(reply, audience, user);
        return detail instanceof ChatReply.ActionDetail ? top.above(AnsweringMessages.view(detail, audience, user)) : top;
    }

    /**
     * "Save value" on a value request: the number and note typed on the card. The answer sits above the
     * measure as it now stands, so a refused value can be typed again on the same card.
     */
    private ChatView valueGiven(JsonNode data, TeamsOrigin origin, Audience audience) {
        Optional<Board> board = people.board(origin);
        Long planId = data.path("planId").canConvertToLong() ? data.path("planId").asLong() : null;
        if (board.isEmpty() || planId == null || !data.path("number").canConvertToInt()) {
            return ReplyViews.message("This card is not from a board linked to this tenant.", audience);
        }
        ChatUser user = people.user(board.get(), origin);
        int number = data.path("number").asInt();
        String value = TeamsOrigin.text(data, "value");
        ChatReply reply = value == null ? new ChatReply.Message("Type the value in the box, then press Save value.")
                : commands.handle(new Command.KpiGive(number, TeamsOrigin.text(data, "period"), value,
                TeamsOrigin.text(data, "note"), planId), user, id -> null);
        if (audience == Audience.SHARED && reply instanceof ChatReply.KpiRecorded) {
            tellPrivately(origin, user, AnsweringMessages.view(reply, Audience.PRIVATE, user));
        }
        ChatReply detail = commands.handle(new Command.KpiShow(number), user, id -> null);
        ChatView top = AnsweringMessages.view(reply, audience, user);
        return detail instanceof ChatReply.KpiDetail ? top.above(AnsweringMessages.view(detail, audience, user)) : top;
    }

    // Only where the bot already has a personal chat with them: the shared card shows the change anyway.
    private void tellPrivately(TeamsOrigin origin, ChatUser user, ChatView view) {
        if (user.email() == null) {
            return;
        }
        conversations.byEmail(origin.tenant(), user.email()).ifPresent(chat -> {
            BotConnector.Sent sent = connector.send(chat.serviceUrl(), chat.conversationId(), null,
                    TeamsViews.render(view).activity());
            if (!sent.ok()) {
                LOG.warn("Teams: the presser's own confirmation was not delivered: {}", sent.error());
            }
        });
    }
}
