package uk.lscb.cse.chat.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.chat.ChatCommands;
import uk.lscb.cse.chat.ChatReply;
import uk.lscb.cse.chat.ChatThreads;
import uk.lscb.cse.chat.ChatUser;
import uk.lscb.cse.chat.Command;
import uk.lscb.cse.chat.CommandParser;

import java.util.Optional;

/** Answers /cse after the ack: parse, ask the shared commands, reply through response_url or post when sharing. */
@Singleton
class SlashCommands {
    private static final Logger LOG = LoggerFactory.getLogger(SlashCommands.class);
    private final SlackPeople people;
    private final ChatCommands commands;
    private final ChatThreads threads;
    private final SlackWeb web;

    SlashCommands(SlackPeople people, ChatCommands commands, ChatThreads threads, SlackWeb web) {
        this.people = people;
        this.commands = commands;
        this.threads = threads;
        this.web = web;
    }

    void answer(SlashCommandPayload payload) {
        try {
            answerOrFail(payload);
        } catch (RuntimeException e) {
            // Whatever broke, the person hears back: a silent slash command looks like a lost update.
            LOG.error("/cse {} failed", payload.getText(), e);
            respond(payload, new ChatReply.Message(ChatCommands.UNSAVED));
        }
    }

    private void answerOrFail(SlashCommandPayload payload) {
        Optional<ChatUser> user = people.user(payload.getTeamId(), payload.getUserId(), payload.getChannelId());
        if (user.isEmpty()) {
            respond(payload, new ChatReply.Message(SlackPeople.notLinkedWorkspace(payload.getTeamId())));
            return;
        }
        Command command = CommandParser.parse(payload.getText());
        ChatReply reply = commands.handle(command, user.get(), id -> web.email(id).orElse(null));
        if (reply instanceof ChatReply.ActionDetail detail && detail.shared()) {
            share(payload, detail);
            return;
        }
        respond(payload, reply);
    }

    // Shared in the channel: posted by the bot so its thread can take replies that update the action.
    private void share(SlashCommandPayload payload, ChatReply.ActionDetail detail) {
        SlackReplies.Rendered shared = SlackReplies.render(new ChatReply.ActionDetail(detail.action(), java.util.List.of(), true, null));
        Optional<String> ts = web.post(payload.getChannelId(), null, shared.text(), shared.blocksJson());
        if (ts.isEmpty()) {
            respond(payload, new ChatReply.Message("I could not post in this channel. Invite me first (/invite @CSE action plan),"
                    + " or share from a channel I am in."));
            return;
        }
        threads.remember(Source.SLACK, payload.getChannelId(), ts.get(), detail.action().id());
        respond(payload, new ChatReply.Message("Shared " + detail.action().ref() + " in this channel. Replies in its thread"
                + " (e.g. \"amber - waiting on police data\") update the action."));
    }

    private void respond(SlashCommandPayload payload, ChatReply reply) {
        web.respond(payload.getResponseUrl(), SlackReplies.render(reply).responseJson(false));
    }
}
