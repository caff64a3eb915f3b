package uk.lscb.cse.chat.teams;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * App-only tokens of the bot's app registration in one tenant: the client-credentials grant through
 * azure-identity, each scope's token kept until five minutes before it expires. The Bot Connector
 * uses one for the bot's own tenant, Graph one per board tenant. When no token can be had, the
 * exception says what an operator should check.
 */
final class AppTokens implements TokenCredential {
    static final String CONNECTOR = "https://api.botframework.com/.default";
    static final String GRAPH = "https://graph.microsoft.com/.default";
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

    private final TeamsSettings settings;
    private final String tenant;
    private final String hint;
    private TokenCredential credential;
    private final Map<String, AccessToken> kept = new ConcurrentHashMap<>();

    /** {@code hint} tells an operator what to check when the tenant refuses the app. */
    AppTokens(TeamsSettings settings, String tenant, String hint) {
        this.settings = settings;
        this.tenant = tenant;
        this.hint = hint;
    }

    /** A token for one scope: the kept one while it has five minutes left, else a new one. */
    String token(String scope) {
        return getTokenSync(new TokenRequestContext().addScopes(scope)).getToken();
    }

    /**
     * Kept here, in front of the credential, as the Azure SDK's own clients do: each activity the bot
     * sends asks for a token, MSAL answers even from its cache through its executor, and its cache
     * misses every time when the authority host names a port, as the specs' fake does (MSAL for Java
     * issue 529).
     */
    @Override
    public AccessToken getTokenSync(TokenRequestContext request) {
        String scopes = String.join(" ", request.getScopes());
        // A claims challenge (Graph refusing a token it had accepted) wants a new token, not the kept one.
        AccessToken token = request.getClaims() == null ? kept.get(scopes) : null;
        if (token == null || token.getExpiresAt().isBefore(OffsetDateTime.now().plus(RENEW_BEFORE))) {
            try {
                token = credential().getTokenSync(request);
            } catch (RuntimeException e) {
                throw refused(e);
            }
            kept.put(scopes, token);
        }
        return token;
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        return Mono.fromSupplier(() -> getTokenSync(request));
    }

    /** Drops the kept tokens, MSAL's too (after a 401: a revoked token or a rotated secret). */
    synchronized void forget() {
        kept.clear();
        credential = null;
    }

    // Built on first use, so a service without Teams settings starts (the builder refuses a missing secret).
    private synchronized TokenCredential credential() {
        if (credential == null) {
            // Straight to the tenant's token endpoint: no instance-discovery call to Microsoft first, so
            // TEAMS_AUTHORITY_HOST may name any host that issues the app's tokens (a national cloud, a fake).
            credential = new ClientSecretCredentialBuilder().authorityHost(settings.authorityHost()).tenantId(tenant)
                    .clientId(settings.appId()).clientSecret(settings.appPassword()).httpClient(http())
                    .disableInstanceDiscovery().build();
        }
        return credential;
    }

    private Refused refused(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();    // MSAL's answer from Entra, or why Entra could not be reached
        }
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst().orElse("");
        return new Refused("no token from " + settings.authorityHost() + " for tenant " + tenant + " (" + hint + "): " + why, e);
    }

    /** No token could be had; the message says what to check. */
    static final class Refused extends RuntimeException {
        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    // The JDK's HttpClient rather than azure-identity's default, which wants Netty 4.1 (see the pom).
    private static HttpClient http() {
        return new JdkHttpClientBuilder().connectionTimeout(Duration.ofSeconds(5)).responseTimeout(Duration.ofSeconds(10)).build();
    }
}
