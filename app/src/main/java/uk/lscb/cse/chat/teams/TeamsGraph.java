package uk.lscb.cse.chat.teams;

import com.microsoft.graph.core.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.graph.models.ItemBody;
import com.microsoft.graph.models.KeyValuePair;
import com.microsoft.graph.models.TeamworkActivityTopic;
import com.microsoft.graph.models.TeamworkActivityTopicSource;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserScopeTeamsAppInstallation;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.teamwork.sendactivitynotification.SendActivityNotificationPostRequestBody;
import com.microsoft.kiota.ApiException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Microsoft Graph, app-only, per board tenant: who a Teams user is (their email, to match the
 * board's people), installing the app for a lead the bot has never talked to, and activity-feed
 * notices for overdue alerts. Graph cannot post chat messages app-only; the Bot Connector does that.
 */
@Singleton
class TeamsGraph {
    private static final Duration EMAIL_CACHE = Duration.ofHours(1);

    private final TeamsSettings settings;
    private final String graphUrl;
    private final Clock clock;
    private final Map<String, GraphServiceClient> clients = new ConcurrentHashMap<>();
    private final Map<String, Cached> emails = new ConcurrentHashMap<>();

    private record Cached(String value, Instant until) {
    }

    TeamsGraph(TeamsSettings settings, @Value("${graph.url:https://graph.microsoft.com/v1.0}") String graphUrl,
               Clock clock) {
        this.settings = settings;
        this.graphUrl = graphUrl;
        this.clock = clock;
    }

    /** The user's email (mail, else user principal name), lower case; cached for an hour. */
    Optional<String> email(String tenant, String aadObjectId) {
        String key = tenant + "/" + aadObjectId;
        Cached cached = emails.get(key);
        if (cached != null && cached.until().isAfter(clock.instant())) {
            return Optional.ofNullable(cached.value());
        }
        User user;
        try {
            user = client(tenant).users().byUserId(aadObjectId)
                    .get(rc -> rc.queryParameters.select = new String[]{"id", "mail", "userPrincipalName"});
        } catch (ApiException e) {
            if (e.getResponseStatusCode() != 404) {
                throw e;
            }
            user = null;    // a guest or a deleted account: not one of the board's people
        }
        String email = user == null ? null : user.getMail() != null ? user.getMail() : user.getUserPrincipalName();
        email = email == null ? null : email.toLowerCase();
        emails.put(key, new Cached(email, clock.instant().plus(EMAIL_CACHE)));
        return Optional.ofNullable(email);
    }

    /** The Azure AD object id of the user with this email. */
    Optional<String> userId(String tenant, String email) {
        var users = client(tenant).users().get(rc -> {
            rc.queryParameters.filter = "mail eq '" + email.replace("'", "''") + "' or userPrincipalName eq '"
                    + email.replace("'", "''") + "'";
            rc.queryParameters.select = new String[]{"id"};
        });
        return users == null || users.getValue() == null ? Optional.empty()
                : users.getValue().stream().map(User::getId).findFirst();
    }

    /** Installs the bot for a user, so Teams opens a chat with it (a conversationUpdate follows). */
    void install(String tenant, String userId) {
        if (settings.catalogAppId() == null) {
            throw new IllegalStateException("TEAMS_CATALOG_APP_ID is not set: the app cannot be installed for people");
        }
        UserScopeTeamsAppInstallation installation = new UserScopeTeamsAppInstallation();
        Map<String, Object> data = new HashMap<>();
        data.put("teamsApp@odata.bind", graphUrl + "/appCatalogs/teamsApps/" + settings.catalogAppId());
        installation.setAdditionalData(data);
        client(tenant).users().byUserId(userId).teamwork().installedApps().post(installation);
    }

    /** An activity-feed notice ("overdueAlert", declared in the manifest) pointing at the bot's chat. */
    void notify(String tenant, String userId, String activityType, String preview, String action) {
        SendActivityNotificationPostRequestBody body = new SendActivityNotificationPostRequestBody();
        TeamworkActivityTopic topic = new TeamworkActivityTopic();
        topic.setSource(TeamworkActivityTopicSource.Text);
        topic.setValue("CSE action plan");
        topic.setWebUrl("https://teams.microsoft.com/l/chat/0/0?users=28:" + settings.appId());
        body.setTopic(topic);
        body.setActivityType(activityType);
        ItemBody text = new ItemBody();
        text.setContent(preview);
        body.setPreviewText(text);
        KeyValuePair parameter = new KeyValuePair();
        parameter.setName("action");
        parameter.setValue(action);
        body.setTemplateParameters(List.of(parameter));
        client(tenant).users().byUserId(userId).teamwork().sendActivityNotification().post(body);
    }

    private GraphServiceClient client(String tenant) {
        return clients.computeIfAbsent(tenant, t -> {
            AppTokens tokens = new AppTokens(settings, t, "has the tenant's admin consented to the app?");
            // Tokens go to the configured Graph host only (the SDK would allow Microsoft's hosts, not an override).
            GraphServiceClient client = new GraphServiceClient(new AzureIdentityAuthenticationProvider(tokens,
                    new String[]{URI.create(graphUrl).getHost()}, AppTokens.GRAPH));
            client.getRequestAdapter().setBaseUrl(graphUrl);
            return client;
        });
    }
}
