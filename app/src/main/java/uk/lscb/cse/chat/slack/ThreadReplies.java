package uk.lscb.cse.chat.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.model.event.MessageEvent;
import jakarta.inject.Singleton;
import uk.lscb.cse.chat.AnsweringMessages;
import uk.lscb.cse.chat.Audience;
import uk.lscb.cse.chat.ChatUser;
import uk.lscb.cse.chat.ChatView;
import uk.lscb.cse.chat.Mouth;

import java.util.Optional;

/**
 * A reply in the thread of a message about one action ("amber - waiting on police data") updates
 * that action: confirmed in the thread, and told privately (ephemeral) when it is refused or
 * unreadable. Threads about no action are people talking: left alone.
 */
@Singleton
class ThreadReplies {
    private final SlackEventLog events;
    private final SlackPeople people;
    private final AnsweringMessages answering;
    private final SlackWeb web;

    ThreadReplies(SlackEventLog events, SlackPeople people, AnsweringMessages answering, SlackWeb web) {
        this.events = events;
        this.people = people;
        this.answering = answering;
        this.web = web;
    }

    void handle(EventsApiPayload<MessageEvent> payload) {
        MessageEvent message = payload.getEvent();
        // Only people's replies in threads; the bot's own posts and edits/joins (subtypes) are not updates.
        if (message.getThreadTs() == null || message.getThreadTs().equals(message.getTs())
                || message.getBotId() != null || message.getSubtype() != null || message.getUser() == null) {
            return;
        }
        if (!events.firstDelivery(payload.getTeamId(), payload.getEventId())) {
            return;
        }
        Optional<ChatUser> user = people.user(payload.getTeamId(), message.getUser(), message.getChannel());
        user.ifPresent(u -> answering.answerInThread(message.getThreadTs(), message.getText(), u, new InThread(message)));
    }

    private final class InThread implements Mouth {
        private final MessageEvent message;

        InThread(MessageEvent message) {
            this.message = message;
        }

        public Audience audience() {
            return Audience.PRIVATE;
        }

        public void answer(ChatView view) {
            SlackViews.Rendered rendered = SlackViews.render(view);
            web.postEphemeral(message.getChannel(), message.getUser(), message.getThreadTs(), rendered.text(),
                    rendered.blocksJson());
        }

        // Direct-message channels (D…) hold the lead and the bot only; any other thread is seen by the channel.
        public Audience threadAudience() {
            return "im".equals(message.getChannelType()) || message.getChannel().startsWith("D") ? Audience.PRIVATE
                    : Audience.SHARED;
        }

        public void postInThread(ChatView view) {
            SlackViews.Rendered rendered = SlackViews.render(view);
            web.post(message.getChannel(), message.getThreadTs(), rendered.text(), rendered.blocksJson());
        }

        public boolean canShare() {
            return false;
        }

        public Posted share(ChatView view) {
            return Posted.refused("Share from a channel with /cse status <ref> share.");
        }
    }
}
