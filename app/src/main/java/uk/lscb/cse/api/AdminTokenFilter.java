package uk.lscb.cse.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.AdminCaller;
import uk.lscb.cse.audit.Actor;

import java.security.Principal;
import java.util.Optional;

/**
 * Every admin API call carries {@code Authorization: Bearer <token>}: the environment's token or a
 * person's ({@link AdminTokens}); anything else is 401. A board manager's token is refused (403)
 * on any other board's routes ({@link BoardScopes}). The caller becomes the request's
 * {@link Principal} ({@link AdminCaller}), named by the token's owner (or {@link Actor#ENVIRONMENT_TOKEN}): controllers
 * record changes under that name, never under a header or field the caller typed. On /health a
 * token is optional and only decides whether the details are shown; the metrics (/prometheus) need one.
 */
@ServerFilter({"/api/**", "/health", "/health/**", "/prometheus"})
class AdminTokenFilter {
    private static final Logger LOG = LoggerFactory.getLogger(AdminTokenFilter.class);
    // The Teams bot endpoint sits under /api too but authenticates with Bot Framework JWTs instead.
    private static final String TEAMS_MESSAGES = "/api/messages";

    private final AdminToken environment;
    private final AdminTokens tokens;
    private final BoardScopes scopes;

    AdminTokenFilter(AdminToken environment, AdminTokens tokens, BoardScopes scopes) {
        this.environment = environment;
        this.tokens = tokens;
        this.scopes = scopes;
    }

    // A person's token is looked up in the database: off the event loop.
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (request.getPath().equals(TEAMS_MESSAGES)) {
            return null;
        }
        boolean health = request.getPath().startsWith("/health");
        Optional<AdminCaller> caller = caller(request.getHeaders().get(HttpHeaders.AUTHORIZATION), health);
        if (caller.isPresent()) {
            request.setUserPrincipal(caller.get());
            Optional<String> refusal = caller.get().board() == null || health ? Optional.empty()
                    : scopes.refusal(request.getMethod(), request.getPath(), caller.get().board());
            return refusal.<HttpResponse<?>>map(why -> HttpResponse.status(HttpStatus.FORBIDDEN).body(new ApiError(why, null)))
                    .orElse(null);
        }
        if (health) {
            return null;
        }
        return HttpResponse.unauthorized()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(new ApiError("send an admin token: Authorization: Bearer <your token, or CSE_ADMIN_TOKEN>", null));
    }

    private Optional<AdminCaller> caller(String authorization, boolean health) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String presented = authorization.substring(7).strip();
        if (environment.matches(presented)) {
            return Optional.of(new AdminCaller(Actor.ENVIRONMENT_TOKEN, null));
        }
        try {
            return tokens.holder(presented).map(holder -> new AdminCaller(holder.owner(), holder.board()));
        } catch (RuntimeException e) {
            if (!health) {
                throw e;
            }
            // The health check must answer while the database is down: a person's token then counts as none.
            LOG.info("Health check: could not look up the admin token ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
