package uk.lscb.cse.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Every admin API call carries {@code Authorization: Bearer <CSE_ADMIN_TOKEN>}; anything else is 401. */
@ServerFilter("/api/**")
class AdminTokenFilter {
    // The Teams bot endpoint sits under /api too but authenticates with Bot Framework JWTs instead.
    private static final String TEAMS_MESSAGES = "/api/messages";

    private final AdminToken token;

    AdminTokenFilter(AdminToken token) {
        this.token = token;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (request.getPath().equals(TEAMS_MESSAGES)) {
            return null;
        }
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && token.matches(authorization.substring(7))) {
            return null;
        }
        return HttpResponse.unauthorized()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(new ApiError("send the admin token: Authorization: Bearer <CSE_ADMIN_TOKEN>", null));
    }
}
