package uk.lscb.cse.chat.slack;

import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.conversations.ConversationsHistoryRequest;
import com.slack.api.methods.request.conversations.ConversationsOpenRequest;
import com.slack.api.methods.request.users.UsersInfoRequest;
import com.slack.api.methods.request.users.UsersLookupByEmailRequest;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.users.UsersLookupByEmailResponse;
import com.slack.api.methods.request.views.ViewsOpenRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.chat.slack.install.WorkspaceTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls the bot makes to Slack: Web API methods (through {@link SlackMethods}), each with the bot
 * token of the workspace it serves ({@link WorkspaceTokens}), and response_url replies, only to the
 * allowed hosts.
 */
@Singleton
class SlackWeb {
    private static final Logger LOG = LoggerFactory.getLogger(SlackWeb.class);
    private static final Duration EMAIL_CACHE = Duration.ofHours(1);
    static final String NOTICE_EVENT = "cse_notice";

    private final SlackMethods methods;
    private final WorkspaceTokens tokens;
    private final ResponseUrls responseUrls;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, CachedProfile> profiles = new ConcurrentHashMap<>();
    /** Workspace/email → Slack user id (or null: no such user), the reverse of {@link #profiles}. */
    private final Map<String, Cached> users = new ConcurrentHashMap<>();

    private record Cached(String value, Instant until) {
    }

    private record CachedProfile(SlackProfile profile, Instant until) {
    }

    SlackWeb(SlackSettings settings, WorkspaceTokens tokens, Clock clock) {
        this.methods = new SlackMethods(settings, clock);
        this.tokens = tokens;
        this.responseUrls = new ResponseUrls(settings.responseUrlHosts());
        this.clock = clock;
    }

    /** Posts a message in a workspace; returns its ts, or empty when Slack refused (the reason is logged). */
    Optional<String> post(String team, String channel, String threadTs, String text, String blocks) {
        ChatPostMessageResponse response = methods.call(tokens.botToken(team), "chat.postMessage", m -> m.chatPostMessage(
                ChatPostMessageRequest.builder().channel(channel).threadTs(threadTs).text(text).blocksAsString(blocks)
                        .unfurlLinks(false).build()));
        return response != null && response.isOk() ? Optional.of(response.getTs()) : Optional.empty();
    }

    Duration longestCall() {
        return methods.longestCall();
    }

    /**
     * A posted message's ts, or why Slack did not take it: {@code unclear} when Slack may have taken
     * it anyway, {@code retryAfter} when Slack asked for a wait.
     */
    record Posted(String channel, String ts, String error, boolean unclear, Duration retryAfter) {
    }

    /**
     * Slack's own answers that say it may have done part of the work before failing
     * (api.slack.com/methods: "It's possible some aspect of the operation succeeded").
     */
    private static final java.util.Set<String> UNCLEAR_ERRORS = java.util.Set.of("internal_error", "fatal_error",
            "service_unavailable");

    /**
     * Posts a notice carrying its delivery key as message metadata, so that the ledger can ask
     * Slack whether it arrived ({@link #findByKey}). Starts no attempt that could end after
     * {@code sendBy}, and waits out no rate limit past it.
     */
    Posted postNotice(String team, String channel, String text, String blocks, String deliveryKey, Instant sendBy) {
        SlackMethods.Answer<ChatPostMessageResponse> answer = methods.attempt(tokens.botToken(team), "chat.postMessage", m -> m.chatPostMessage(
                ChatPostMessageRequest.builder().channel(channel).text(text).blocksAsString(blocks).unfurlLinks(false)
                        .metadata(new com.slack.api.model.Message.Metadata(NOTICE_EVENT, Map.of("key", deliveryKey)))
                        .build()), sendBy);
        ChatPostMessageResponse response = answer.response();
        if (response == null) {
            return new Posted(channel, null, answer.failure(), answer.unclear(), answer.retryAfter());
        }
        return response.isOk() ? new Posted(response.getChannel(), response.getTs(), null, false, Duration.ZERO)
                : new Posted(channel, null, "Slack answered " + response.getError(), UNCLEAR_ERRORS.contains(response.getError()),
                Duration.ZERO);
    }

    /** The ts of a message the bot posted in {@code channel} since {@code oldest} with this delivery key. */
    Optional<String> findByKey(String team, String channel, Instant oldest, String deliveryKey) {
        ConversationsHistoryResponse response = methods.call(tokens.botToken(team), "conversations.history", m -> m.conversationsHistory(
                ConversationsHistoryRequest.builder().channel(channel).includeAllMetadata(true).limit(200)
                        .oldest(oldest.getEpochSecond() + ".000000").build()));
        if (response == null || !response.isOk()) {
            throw new IllegalStateException("Slack conversations.history failed; cannot tell whether it was delivered");
        }
        return response.getMessages().stream()
                .filter(m -> m.getMetadata() != null && NOTICE_EVENT.equals(m.getMetadata().getEventType())
                        && m.getMetadata().getEventPayload() != null
                        && deliveryKey.equals(m.getMetadata().getEventPayload().get("key")))
                .map(com.slack.api.model.Message::getTs).findFirst();
    }

    /** The Slack user with this email (users.lookupByEmail), cached for an hour. */
    Optional<String> userByEmail(String team, String email) {
        String key = team + "/" + email;
        Cached cached = users.get(key);
        if (cached != null && cached.until().isAfter(clock.instant())) {
            return Optional.ofNullable(cached.value());
        }
        UsersLookupByEmailResponse response = methods.call(tokens.botToken(team), "users.lookupByEmail",
                m -> m.usersLookupByEmail(UsersLookupByEmailRequest.builder().email(email).build()));
        if (response == null) {
            throw new IllegalStateException("Slack could not be reached to look up the recipient's Slack user");
        }
        String id = response.isOk() && response.getUser() != null ? response.getUser().getId() : null;
        users.put(key, new Cached(id, clock.instant().plus(EMAIL_CACHE)));
        return Optional.ofNullable(id);
    }

    /** The direct-message channel with a user (conversations.open). */
    Optional<String> directMessage(String team, String userId) {
        ConversationsOpenResponse response = methods.call(tokens.botToken(team), "conversations.open",
                m -> m.conversationsOpen(ConversationsOpenRequest.builder().users(java.util.List.of(userId)).build()));
        if (response == null) {
            throw new IllegalStateException("Slack could not be reached to open a direct message");
        }
        return response.isOk() && response.getChannel() != null ? Optional.of(response.getChannel().getId()) : Optional.empty();
    }

    void postEphemeral(String team, String channel, String user, String threadTs, String text, String blocks) {
        methods.call(tokens.botToken(team), "chat.postEphemeral", m -> m.chatPostEphemeral(ChatPostEphemeralRequest.builder()
                .channel(channel).user(user).threadTs(threadTs).text(text).blocksAsString(blocks).build()));
    }

    void openView(String team, String triggerId, String view) {
        methods.call(tokens.botToken(team), "views.open", m -> m.viewsOpen(ViewsOpenRequest.builder().triggerId(triggerId).viewAsString(view).build()));
    }

    /**
     * Who a Slack user is (users.info, cached for an hour).
     * @param team the workspace the request came from: part of the cache key
     */
    Optional<SlackProfile> profile(String team, String userId) {
        String key = team + "/" + userId;
        CachedProfile cached = profiles.get(key);
        if (cached != null && cached.until().isAfter(clock.instant())) {
            return Optional.ofNullable(cached.profile());
        }
        UsersInfoResponse response = methods.call(tokens.botToken(team), "users.info", m -> m.usersInfo(UsersInfoRequest.builder().user(userId).build()));
        if (response == null || !response.isOk() || response.getUser() == null) {
            return Optional.empty();
        }
        com.slack.api.model.User user = response.getUser();
        String email = user.getProfile() == null || user.getProfile().getEmail() == null ? null
                : user.getProfile().getEmail().toLowerCase(java.util.Locale.ROOT);
        List<String> teams = user.getEnterpriseUser() == null || user.getEnterpriseUser().getTeams() == null ? List.of()
                : List.copyOf(user.getEnterpriseUser().getTeams());
        SlackProfile profile = new SlackProfile(email, user.getTeamId(), teams,
                user.isRestricted() || user.isUltraRestricted() || user.isStranger());
        profiles.put(key, new CachedProfile(profile, clock.instant().plus(EMAIL_CACHE)));
        return Optional.of(profile);
    }

    /** The user's profile email: how a mention is matched to a person of the board. */
    Optional<String> email(String team, String userId) {
        return profile(team, userId).map(SlackProfile::email);
    }

    /** Replies through a slash command's or action's response_url; refuses any host not allowed. */
    boolean respond(String responseUrl, String json) {
        if (!responseUrls.allowed(responseUrl)) {
            LOG.warn("Did not call a response_url on a host that is not allowed: {}", URI.create(responseUrl).getHost());
            return false;
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(responseUrl))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                LOG.warn("response_url answered {}: {}", response.statusCode(), response.body());
            }
            return response.statusCode() / 100 == 2;
        } catch (IOException e) {
            LOG.warn("response_url could not be reached: {}", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
