package uk.lscb.cse.chat.teams;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.chat.AnsweringMessages;
import uk.lscb.cse.chat.ChatFile;
import uk.lscb.cse.report.DownloadLinks;
import uk.lscb.cse.chat.Audience;
import uk.lscb.cse.chat.ChatCommands;
import uk.lscb.cse.chat.ChatView;
import uk.lscb.cse.chat.Mouth;
import uk.lscb.cse.chat.ReplyViews;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates Teams messages into the shared command language (a command, or a reply to a message
 * about an action) and answers in the same conversation; remembers where the app was installed.
 */
@Singleton
class TeamsActivities {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsActivities.class);
    private static final Pattern AT = Pattern.compile("<at>(.*?)</at>", Pattern.DOTALL);
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");

    private final TeamsPeople people;
    private final AnsweringMessages answering;
    private final TeamsGraph graph;
    private final TeamsConversations conversations;
    private final BotConnector connector;
    private final TeamsSettings settings;
    private final DownloadLinks links;

    TeamsActivities(TeamsPeople people, AnsweringMessages answering, TeamsGraph graph, TeamsConversations conversations,
                    BotConnector connector, TeamsSettings settings, DownloadLinks links) {
        this.links = links;
        this.people = people;
        this.answering = answering;
        this.graph = graph;
        this.conversations = conversations;
        this.connector = connector;
        this.settings = settings;
    }

    /** A message to the bot: a command, or a reply to a message about an action. */
    void message(JsonNode activity) {
        TeamsOrigin origin = TeamsOrigin.of(activity);
        InConversation mouth = new InConversation(origin);
        try {
            Optional<Board> board = people.board(origin);
            if (board.isEmpty()) {
                mouth.answer(ReplyViews.message(TeamsPeople.notLinkedTenant(origin.tenant()), mouth.audience()));
                return;
            }
            answering.answer(text(activity), origin.threadRoot(), people.user(board.get(), origin),
                    id -> id.startsWith("aad:") ? graph.email(origin.tenant(), id.substring(4)).orElse(null) : null, mouth);
        } catch (RuntimeException e) {
            // Graph or the database could not be reached: say so rather than leave the person waiting.
            LOG.error("Teams message could not be answered", e);
            mouth.answer(ReplyViews.message(ChatCommands.UNSAVED, mouth.audience()));
        }
    }

    /** Answers where the message was written: a personal chat is private, anything else is seen by others. */
    private final class InConversation implements Mouth {
        private final TeamsOrigin origin;

        InConversation(TeamsOrigin origin) {
            this.origin = origin;
        }

        public Audience audience() {
            return origin.personal() ? Audience.PRIVATE : Audience.SHARED;
        }

        public void answer(ChatView view) {
            BotConnector.Sent sent = connector.send(origin.serviceUrl(), origin.replyConversation(), origin.activityId(),
                    TeamsViews.render(view).activity());
            if (!sent.ok()) {
                LOG.warn("Teams reply not delivered: {}", sent.error());
            }
        }

        public Audience threadAudience() {
            return audience();
        }

        public void postInThread(ChatView view) {
            answer(view);
        }

        public boolean canShare() {
            return !origin.personal();
        }

        public Posted share(ChatView view) {
            BotConnector.Sent sent = connector.send(origin.serviceUrl(), origin.conversationId(), null,
                    TeamsViews.render(view).activity());
            return sent.ok() && sent.id() != null ? Posted.as(sent.id())
                    : Posted.refused("I could not post in this channel: " + sent.error());
        }

        // A link in a card, not the file: it works once and runs out, so a card forwarded or seen later gives nothing.
        public String whyNoPrivateFiles() {
            return origin.personal() ? null : "The report is a restricted document: ask me for it in our personal chat.";
        }

        public Posted sendPrivately(ChatFile file) {
            if (whyNoPrivateFiles() != null) {
                return Posted.refused(whyNoPrivateFiles());
            }
            try {
                return Posted.as(links.issue(file.planId(), file.owner(), file.fileName(), file.mediaType(), file.bytes()));
            } catch (uk.lscb.cse.Invalid e) {
                return Posted.refused("I can't give you a download link: " + e.getMessage() + ".");
            }
        }
    }

    /** The app was added to a chat or team: remember where to write later. */
    void conversationUpdate(JsonNode activity) {
        TeamsOrigin origin = TeamsOrigin.of(activity);
        if (origin.tenant() == null || origin.serviceUrl() == null) {
            return;
        }
        if (origin.personal()) {
            if (origin.aadObjectId() != null) {
                String email = graph.email(origin.tenant(), origin.aadObjectId()).orElse(null);
                conversations.person(origin.tenant(), origin.aadObjectId(), email, origin.serviceUrl(), origin.conversationId());
            }
        } else {
            String channel = TeamsOrigin.text(activity.path("channelData").path("channel"), "id");
            conversations.channel(origin.tenant(), channel == null ? origin.conversationId() : channel, origin.serviceUrl());
        }
        LOG.info("Teams: the app was installed in a {} conversation of tenant {}", origin.personal() ? "personal" : "team",
                origin.tenant());
    }

    /**
     * The message text with the bot's own @mention removed and other mentions written as
     * {@code <@aad:id>} for the parser; any other markup dropped.
     */
    String text(JsonNode activity) {
        String text = activity.path("text").asText("");
        Map<String, String> mentioned = new HashMap<>();
        for (JsonNode entity : activity.path("entities")) {
            if ("mention".equals(TeamsOrigin.text(entity, "type"))) {
                String id = TeamsOrigin.text(entity.path("mentioned"), "id");
                String aad = TeamsOrigin.text(entity.path("mentioned"), "aadObjectId");
                String shown = TeamsOrigin.text(entity, "text");
                boolean bot = id != null && (id.equals("28:" + settings.appId()) || id.equals(settings.appId()));
                if (shown != null) {
                    // Marked with control characters so dropping markup below does not drop the mention.
                    mentioned.put(shown, bot ? "" : aad == null ? "" : "\u0001aad:" + aad + "\u0002");
                }
            }
        }
        Matcher at = AT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (at.find()) {
            at.appendReplacement(out, Matcher.quoteReplacement(mentioned.getOrDefault(at.group(), "")));
        }
        at.appendTail(out);
        return TAGS.matcher(out.toString()).replaceAll(" ").replace("&nbsp;", " ").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">").replace("\u0001", "<@").replace("\u0002", ">")
                .replaceAll("\\s+", " ").strip();
    }
}
