package uk.lscb.cse.chat.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.chat.AnsweringMessages;
import uk.lscb.cse.chat.Audience;
import uk.lscb.cse.chat.ChatUser;
import uk.lscb.cse.chat.ChatView;
import uk.lscb.cse.chat.Mouth;

import java.util.Optional;

/**
 * A reply in the thread of a message about one action ("amber - waiting on police data") updates
 * that action: confirmed in the thread, and told privately (ephemeral) when it is refused or
 * unreadable. Threads about no action are people talking: left alone. A reply also sent to the
 * channel, or with a file attached, is read by its words like any other.
 *
 * <p>Each event is claimed before it is handled and marked handled only after (see
 * {@link SlackEventLog}): work that fails releases it, so Slack's redelivery runs it again.
 */
@Singleton
class ThreadReplies {
    private static final Logger LOG = LoggerFactory.getLogger(ThreadReplies.class);

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

    /** A message event, whichever of Slack's subtypes (and Bolt's classes) it came as. */
    record Message(String eventId, String teamId, String subtype, String channel, String channelType, String user,
                   String botId, String text, String ts, String threadTs) {

        static Message of(EventsApiPayload<MessageEvent> payload) {
            MessageEvent m = payload.getEvent();
            return new Message(payload.getEventId(), payload.getTeamId(), m.getSubtype(), m.getChannel(), m.getChannelType(),
                    m.getUser(), m.getBotId(), m.getText(), m.getTs(), m.getThreadTs());
        }

        static Message broadcast(EventsApiPayload<MessageThreadBroadcastEvent> payload) {
            MessageThreadBroadcastEvent m = payload.getEvent();
            return new Message(payload.getEventId(), payload.getTeamId(), null, m.getChannel(), m.getChannelType(),
                    m.getUser(), null, m.getText(), m.getTs(), m.getThreadTs());
        }

        // The file itself is not read or kept: only the words typed with it.
        static Message fileShare(EventsApiPayload<MessageFileShareEvent> payload) {
            MessageFileShareEvent m = payload.getEvent();
            return new Message(payload.getEventId(), payload.getTeamId(), null, m.getChannel(), m.getChannelType(),
                    m.getUser(), null, m.getText() == null ? "" : m.getText(), m.getTs(), m.getThreadTs());
        }

        // Only people's replies in threads; the bot's own posts and edits/joins (other subtypes) are not updates.
        boolean isReply() {
            return threadTs != null && !threadTs.equals(ts) && botId == null && subtype == null && user != null;
        }
    }

    void handle(Message message) {
        if (!message.isReply() || !events.claim(message.teamId(), message.eventId())) {
            return;
        }
        try {
            Optional<ChatUser> user = people.user(message.teamId(), message.user(), message.channel());
            user.ifPresent(u -> answering.answerInThread(message.threadTs(), message.text(), u, new InThread(message)));
        } catch (RuntimeException e) {
            release(message.eventId());
            throw e;
        }
        try {
            events.handled(message.eventId());
        } catch (RuntimeException e) {
            // The reply was handled: Slack must not run it again, and left claimed it will not for a while.
            LOG.warn("Thread reply {} was handled but could not be marked so: {}", message.eventId(), e.getMessage());
        }
    }

    private void release(String eventId) {
        try {
            events.release(eventId);
        } catch (RuntimeException e) {
            LOG.warn("Could not release Slack event {} for redelivery ({}); it is taken over once its claim runs out",
                    eventId, e.getMessage());
        }
    }

    private final class InThread implements Mouth {
        private final Message message;

        InThread(Message message) {
            this.message = message;
        }

        public Audience audience() {
            return Audience.PRIVATE;
        }

        public void answer(ChatView view) {
            SlackViews.Rendered rendered = SlackViews.render(view);
            web.postEphemeral(message.teamId(), message.channel(), message.user(), message.threadTs(), rendered.text(),
                    rendered.blocksJson());
        }

        // Direct-message channels (D…) hold the lead and the bot only; any other thread is seen by the channel.
        public Audience threadAudience() {
            return "im".equals(message.channelType()) || message.channel().startsWith("D") ? Audience.PRIVATE
                    : Audience.SHARED;
        }

        public void postInThread(ChatView view) {
            SlackViews.Rendered rendered = SlackViews.render(view);
            web.post(message.teamId(), message.channel(), message.threadTs(), rendered.text(), rendered.blocksJson());
        }

        public boolean canShare() {
            return false;
        }

        public Posted share(ChatView view) {
            return Posted.refused("Share from a channel with /cse status <ref> share.");
        }
    }
}
