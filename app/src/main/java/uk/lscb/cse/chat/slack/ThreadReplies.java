package uk.lscb.cse.chat.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.model.event.MessageEvent;
import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.chat.ChatCommands;
import uk.lscb.cse.chat.ChatReply;
import uk.lscb.cse.chat.ChatThreads;
import uk.lscb.cse.chat.ChatUser;
import uk.lscb.cse.chat.Command;
import uk.lscb.cse.chat.CommandParser;

import java.util.Optional;

/**
 * A reply in the thread of a message about one action ("amber - waiting on police data", "done")
 * updates that action; the bot confirms in the thread (RAG change only) or, if it cannot read the
 * reply or refuses it, tells the person privately.
 */
@Singleton
class ThreadReplies {
    private final SlackEventLog events;
    private final ChatThreads threads;
    private final SlackPeople people;
    private final ChatCommands commands;
    private final SlackWeb web;

    ThreadReplies(SlackEventLog events, ChatThreads threads, SlackPeople people, ChatCommands commands, SlackWeb web) {
        this.events = events;
        this.threads = threads;
        this.people = people;
        this.commands = commands;
        this.web = web;
    }

    void handle(EventsApiPayload<MessageEvent> payload) {
        MessageEvent message = payload.getEvent();
        // Only people's replies in threads; the bot's own posts and edits/joins (subtypes) are not updates.
        if (message.getThreadTs() == null || message.getThreadTs().equals(message.getTs())
                || message.getBotId() != null || message.getSubtype() != null || message.getUser() == null) {
            return;
        }
        if (!events.firstDelivery(payload.getEventId())) {
            return;
        }
        Optional<ChatThreads.About> about = threads.about(Source.SLACK, message.getChannel(), message.getThreadTs());
        if (about.isEmpty()) {
            return;
        }
        String ref = about.get().ref();
        Optional<ChatUser> user = people.user(payload.getTeamId(), message.getUser(), message.getChannel());
        if (user.isEmpty()) {
            return;
        }
        Optional<Command> command = CommandParser.parseReply(ref, message.getText());
        if (command.isEmpty()) {
            tell(message, new ChatReply.Message("To update " + ref + " here, reply with a RAG and a note, e.g."
                    + " \"amber - waiting on police data\", \"red: no venue\", \"done\", or \"note: venue booked\"."));
            return;
        }
        ChatReply reply = commands.handle(command.get(), user.get(), id -> null);
        if (reply instanceof ChatReply.Updated updated) {
            SlackReplies.Rendered confirmation = SlackReplies.confirmedInThread(updated, user.get().person().name());
            web.post(message.getChannel(), message.getThreadTs(), confirmation.text(), confirmation.blocksJson());
        } else {
            tell(message, reply);
        }
    }

    private void tell(MessageEvent message, ChatReply reply) {
        SlackReplies.Rendered rendered = SlackReplies.render(reply);
        web.postEphemeral(message.getChannel(), message.getUser(), message.getThreadTs(), rendered.text(), rendered.blocksJson());
    }
}
