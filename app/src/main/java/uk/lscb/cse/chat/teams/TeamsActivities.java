package uk.lscb.cse.chat.teams;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;
import uk.lscb.cse.chat.ChatCommands;
import uk.lscb.cse.chat.ChatReply;
import uk.lscb.cse.chat.ChatThreads;
import uk.lscb.cse.chat.ChatUser;
import uk.lscb.cse.chat.Command;
import uk.lscb.cse.chat.CommandParser;
import uk.lscb.cse.people.People;
import uk.lscb.cse.people.Person;
import uk.lscb.cse.plan.Rag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates Teams activities into the shared command language and renders the answers as cards:
 * messages (commands, or replies to an alert/digest message that update its action), card button
 * invokes (answered with a replacement card), and installs (conversation references).
 */
@Singleton
class TeamsActivities {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsActivities.class);
    private static final Pattern AT = Pattern.compile("<at>(.*?)</at>", Pattern.DOTALL);
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");

    private final Boards boards;
    private final People people;
    private final ChatCommands commands;
    private final ChatThreads threads;
    private final TeamsGraph graph;
    private final TeamsConversations conversations;
    private final BotConnector connector;
    private final TeamsSettings settings;

    TeamsActivities(Boards boards, People people, ChatCommands commands, ChatThreads threads, TeamsGraph graph,
                    TeamsConversations conversations, BotConnector connector, TeamsSettings settings) {
        this.boards = boards;
        this.people = people;
        this.commands = commands;
        this.threads = threads;
        this.graph = graph;
        this.conversations = conversations;
        this.connector = connector;
        this.settings = settings;
    }

    /** Where an activity came from, as the rest of the code needs it. */
    record Origin(String tenant, String serviceUrl, String conversationId, String conversationType, String activityId,
                  String aadObjectId, String threadRoot) {
        static Origin of(JsonNode activity) {
            JsonNode conversation = activity.path("conversation");
            String tenant = text(conversation, "tenantId");
            if (tenant == null) {
                tenant = text(activity.path("channelData").path("tenant"), "id");
            }
            String conversationId = text(conversation, "id");
            String root = null;
            // In a channel, a reply's conversation id names its thread: 19:…@thread.tacv2;messageid=1700000000000
            if (conversationId != null && conversationId.contains(";messageid=")) {
                root = conversationId.substring(conversationId.indexOf(";messageid=") + ";messageid=".length());
                conversationId = conversationId.substring(0, conversationId.indexOf(";messageid="));
            }
            if (root == null) {
                root = text(activity, "replyToId");
            }
            return new Origin(tenant, text(activity, "serviceUrl"), conversationId, text(conversation, "conversationType"),
                    text(activity, "id"), text(activity.path("from"), "aadObjectId"), root);
        }

        boolean personal() {
            return "personal".equals(conversationType);
        }
    }

    /** A message to the bot: a command, or a reply to a message about an action. */
    void message(JsonNode activity) {
        Origin origin = Origin.of(activity);
        try {
            answer(activity, origin);
        } catch (RuntimeException e) {
            // Graph or the database could not be reached: say so rather than leave the person waiting.
            LOG.error("Teams message could not be answered", e);
            reply(origin, TeamsCards.render(new ChatReply.Message(ChatCommands.UNSAVED)));
        }
    }

    private void answer(JsonNode activity, Origin origin) {
        Optional<Board> board = board(origin);
        if (board.isEmpty()) {
            reply(origin, TeamsCards.render(new ChatReply.Message("This Microsoft 365 tenant (" + origin.tenant() + ") is not"
                    + " linked to a board yet: the board manager links it with PUT /api/boards/<board> {\"teamsTenantId\": \""
                    + origin.tenant() + "\"}.")));
            return;
        }
        ChatUser user = user(board.get(), origin);
        String text = text(activity);
        if (origin.threadRoot() != null) {
            Optional<ChatThreads.About> about = threads.about(Source.TEAMS, origin.conversationId(), origin.threadRoot());
            if (about.isPresent()) {
                replyInThread(origin, user, about.get().ref(), text);
                return;
            }
        }
        Command command = CommandParser.parse(text);
        ChatReply reply = commands.handle(command, user, id -> id.startsWith("aad:")
                ? graph.email(origin.tenant(), id.substring(4)).orElse(null) : null);
        if (command instanceof Command.ActionStatus status && status.share() && reply instanceof ChatReply.ActionDetail detail
                && !origin.personal()) {
            share(origin, detail);
            return;
        }
        reply(origin, TeamsCards.render(reply));
    }

    private void replyInThread(Origin origin, ChatUser user, String ref, String text) {
        Optional<Command> command = CommandParser.parseReply(ref, text);
        if (command.isEmpty()) {
            reply(origin, TeamsCards.render(new ChatReply.Message("To update " + ref + " here, reply with a RAG and a note,"
                    + " e.g. \"amber - waiting on police data\", \"red: no venue\", \"done\", or \"note: venue booked\".")));
            return;
        }
        ChatReply reply = commands.handle(command.get(), user, id -> null);
        // In a channel the confirmation carries no note; in a personal chat the lead sees their own words.
        reply(origin, reply instanceof ChatReply.Updated updated && !origin.personal()
                ? TeamsCards.confirmed(updated, user.person().name()) : TeamsCards.render(reply));
    }

    private void share(Origin origin, ChatReply.ActionDetail detail) {
        TeamsCards.Card card = TeamsCards.render(new ChatReply.ActionDetail(detail.action(), List.of(), true, null));
        BotConnector.Sent sent = connector.send(origin.serviceUrl(), origin.conversationId(), null, card.activity());
        if (!sent.ok() || sent.id() == null) {
            reply(origin, TeamsCards.render(new ChatReply.Message("I could not post in this channel: " + sent.error())));
            return;
        }
        threads.remember(Source.TEAMS, origin.conversationId(), sent.id(), detail.action().id());
    }

    /**
     * A card button (Action.Execute): verb "rag" with the RAG and the note typed on the card, or
     * "note". The answer is the card that replaces the one pressed.
     */
    Map<String, Object> invoke(JsonNode activity) {
        try {
            return pressed(activity);
        } catch (RuntimeException e) {
            LOG.error("Teams card action could not be handled", e);
            return card(TeamsCards.render(new ChatReply.Message(ChatCommands.UNSAVED)));
        }
    }

    private Map<String, Object> pressed(JsonNode activity) {
        Origin origin = Origin.of(activity);
        JsonNode action = activity.path("value").path("action");
        JsonNode data = action.path("data");
        String verb = text(action, "verb");
        String ref = text(data, "ref");
        String note = text(data, "note");
        Rag rag = "rag".equals(verb) ? Rag.read(text(data, "rag")).orElse(null) : null;
        if ("rag".equals(verb) && (rag == null || rag == Rag.NOT_STARTED)) {
            return card(TeamsCards.render(new ChatReply.Message("This button names no RAG I know; use Green, Amber, Red or Complete.")));
        }
        Optional<Board> board = board(origin);
        ChatReply reply;
        if (board.isEmpty() || ref == null || !("rag".equals(verb) || "note".equals(verb))) {
            reply = new ChatReply.Message("This card is not from a board linked to this tenant.");
        } else {
            Optional<String> missing = ChatCommands.missingNote(rag, note);
            ChatUser user = user(board.get(), origin);
            if (missing.isPresent()) {
                reply = new ChatReply.Message(missing.get() + " Type it in the note box, then press " + (rag == null ? "Add note" : rag.label()) + " again.");
                return card(withAction(reply, user, ref));
            }
            reply = commands.handle(rag == null ? new Command.Note(ref, note) : new Command.Update(ref, rag, note), user, id -> null);
            return card(withAction(reply, user, ref));
        }
        return card(TeamsCards.render(reply));
    }

    // An answer on its own would leave no buttons: show it above the action as it now stands.
    private TeamsCards.Card withAction(ChatReply reply, ChatUser user, String ref) {
        ChatReply detail = commands.handle(new Command.ActionStatus(ref, false), user, id -> null);
        TeamsCards.Card top = TeamsCards.render(reply);
        if (!(detail instanceof ChatReply.ActionDetail)) {
            return top;
        }
        TeamsCards.Card bottom = TeamsCards.render(detail);
        Map<String, Object> card = new HashMap<>(bottom.card());
        List<Object> body = new java.util.ArrayList<>((List<?>) top.card().get("body"));
        body.addAll((List<?>) bottom.card().get("body"));
        card.put("body", body);
        return new TeamsCards.Card(top.text(), card);
    }

    private static Map<String, Object> card(TeamsCards.Card card) {
        return Map.of("statusCode", 200, "type", TeamsCards.CONTENT_TYPE, "value", card.card());
    }

    /** The app was added to a chat or team: remember where to write later. */
    void conversationUpdate(JsonNode activity) {
        Origin origin = Origin.of(activity);
        if (origin.tenant() == null || origin.serviceUrl() == null) {
            return;
        }
        if (origin.personal()) {
            String email = origin.aadObjectId() == null ? null : graph.email(origin.tenant(), origin.aadObjectId()).orElse(null);
            if (origin.aadObjectId() != null) {
                conversations.person(origin.tenant(), origin.aadObjectId(), email, origin.serviceUrl(), origin.conversationId());
            }
        } else {
            String channel = text(activity.path("channelData").path("channel"), "id");
            conversations.channel(origin.tenant(), channel == null ? origin.conversationId() : channel, origin.serviceUrl());
        }
        LOG.info("Teams: the app was installed in a {} conversation of tenant {}", origin.personal() ? "personal" : "team",
                origin.tenant());
    }

    private Optional<Board> board(Origin origin) {
        return origin.tenant() == null ? Optional.empty() : boards.linkedToTeams(origin.tenant());
    }

    private ChatUser user(Board board, Origin origin) {
        String email = origin.aadObjectId() == null ? null : graph.email(origin.tenant(), origin.aadObjectId()).orElse(null);
        Person person = email == null ? null : people.byEmail(board.id(), email).orElse(null);
        if (origin.personal() && origin.aadObjectId() != null) {
            // First use counts as an install: alerts can reach this person from now on.
            conversations.person(origin.tenant(), origin.aadObjectId(), email, origin.serviceUrl(), origin.conversationId());
        }
        return new ChatUser(board, person, email, Source.TEAMS, origin.conversationId());
    }

    private void reply(Origin origin, TeamsCards.Card card) {
        BotConnector.Sent sent = connector.send(origin.serviceUrl(), origin.conversationId()
                        + (origin.threadRoot() != null && !origin.personal() ? ";messageid=" + origin.threadRoot() : ""),
                origin.activityId(), card.activity());
        if (!sent.ok()) {
            LOG.warn("Teams reply not delivered: {}", sent.error());
        }
    }

    /**
     * The message text with the bot's own @mention removed and other mentions written as
     * {@code <@aad:id>} for the parser; any other markup dropped.
     */
    String text(JsonNode activity) {
        String text = activity.path("text").asText("");
        Map<String, String> mentioned = new HashMap<>();
        for (JsonNode entity : activity.path("entities")) {
            if ("mention".equals(text(entity, "type"))) {
                String id = text(entity.path("mentioned"), "id");
                String aad = text(entity.path("mentioned"), "aadObjectId");
                String shown = text(entity, "text");
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

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
