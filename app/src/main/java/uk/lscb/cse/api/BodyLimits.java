package uk.lscb.cse.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.regex.Pattern;

/**
 * Each route takes a body of its own size, judged by Content-Length before any of it is read:
 * Slack and the Bot Connector send a few kilobytes (and anyone can post to those URLs before a
 * signature is checked), plan and people files may be megabytes (the server's max-request-size,
 * which must be the largest), the rest of the admin API a little JSON.
 */
@ServerFilter("/**")
class BodyLimits implements Ordered {
    private static final Pattern FILES = Pattern.compile("/api/boards/[^/]+/(plans|people)/?");

    /** CSE_MAX_CHAT_BODY, CSE_MAX_ADMIN_BODY, CSE_MAX_FILE_BODY. */
    @ConfigurationProperties("cse.body-limits")
    record Settings(@ReadableBytes long chat, @ReadableBytes long admin, @ReadableBytes long files) {
    }

    private final Settings settings;

    BodyLimits(Settings settings) {
        this.settings = settings;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        String path = request.getPath();
        boolean chat = path.startsWith("/slack/") || path.equals("/api/messages");
        long length = request.getHeaders().contentLength().orElse(-1);
        if (length < 0) {
            // A chunked body would be read before its size is known; Slack and Teams always send a length.
            return chat && request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING)
                    ? HttpResponse.status(HttpStatus.LENGTH_REQUIRED).body(new ApiError(
                            "send the body with a Content-Length", null))
                    : null;
        }
        boolean file = !chat && FILES.matcher(path).matches();
        long limit = chat ? settings.chat() : file ? settings.files() : settings.admin();
        if (length <= limit) {
            return null;
        }
        String setting = chat ? "CSE_MAX_CHAT_BODY" : file ? "CSE_MAX_FILE_BODY" : "CSE_MAX_ADMIN_BODY";
        return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(new ApiError("the body is " + length
                + " bytes; " + path + " takes at most " + limit + " (the service's " + setting + ")", null));
    }
}
