package uk.lscb.cse.chat.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.chat.slack.install.WorkspaceTokens;
import uk.lscb.cse.chat.AnsweringMessages;
import uk.lscb.cse.chat.Audience;
import uk.lscb.cse.chat.ChatCommands;
import uk.lscb.cse.chat.ChatUser;
import uk.lscb.cse.chat.ChatView;
import uk.lscb.cse.chat.CommandParser;
import uk.lscb.cse.chat.Mouth;
import uk.lscb.cse.chat.ReplyViews;

import java.util.Optional;

/** Answers /cse after the ack: privately through response_url, or posted in the channel when sharing. */
@Singleton
class SlashCommands {
    private static final Logger LOG = LoggerFactory.getLogger(SlashCommands.class);
    private final SlackPeople people;
    private final AnsweringMessages answering;
    private final SlackWeb web;

    SlashCommands(SlackPeople people, AnsweringMessages answering, SlackWeb web) {
        this.people = people;
        this.answering = answering;
        this.web = web;
    }

    void answer(SlashCommandPayload payload) {
        try {
            answerOrFail(payload);
        } catch (WorkspaceTokens.NotInstalled e) {
            // Linked to a board by hand, but the service holds no token for the workspace: say how to install it.
            respond(payload, SlackViews.render(ReplyViews.message(e.getMessage(), Audience.PRIVATE)));
        } catch (RuntimeException e) {
            // Whatever broke, the person hears back: a silent slash command looks like a lost update.
            // The log gets the verb only: the rest of the text may be a progress note.
            LOG.error("/cse {} failed after the ack", CommandParser.verb(payload.getText()), e);
            respond(payload, SlackViews.render(ReplyViews.message(ChatCommands.UNSAVED, Audience.PRIVATE)));
        }
    }

    private void answerOrFail(SlashCommandPayload payload) {
        Optional<ChatUser> user = people.user(payload.getTeamId(), payload.getUserId(), payload.getChannelId());
        if (user.isEmpty()) {
            respond(payload, SlackViews.render(ReplyViews.message(SlackPeople.notLinkedWorkspace(payload.getTeamId()), Audience.PRIVATE)));
            return;
        }
        answering.answer(payload.getText(), null, user.get(), id -> web.email(payload.getTeamId(), id).orElse(null), new Mouth() {
            public Audience audience() {
                return Audience.PRIVATE;
            }

            public void answer(ChatView view) {
                respond(payload, SlackViews.render(view));
            }

            public Audience threadAudience() {
                return Audience.PRIVATE;
            }

            public void postInThread(ChatView view) {
                answer(view);
            }

            public boolean canShare() {
                return true;
            }

            // Posted by the bot, not through response_url, so its thread can take replies that update the action.
            public Posted share(ChatView view) {
                SlackViews.Rendered shared = SlackViews.render(view);
                return web.post(payload.getTeamId(), payload.getChannelId(), null, shared.text(), shared.blocksJson()).map(Posted::as)
                        .orElseGet(() -> Posted.refused("I could not post in this channel. Invite me first"
                                + " (/invite @CSE action plan), or share from a channel I am in."));
            }
        });
    }

    private void respond(SlashCommandPayload payload, SlackViews.Rendered rendered) {
        web.respond(payload.getResponseUrl(), rendered.responseJson(false));
    }
}
