package uk.lscb.cse.chat.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.util.http.SlackHttpClient;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How a Slack Web API method is called: Slack's MethodsClient does not pace itself, so a 429 is
 * waited out as Retry-After says, then the call is made once more (three attempts in all). Each
 * call ends within {@link #longestCall}: the read timeout (SLACK_READ_TIMEOUT) and ten seconds to
 * connect and write, enforced as OkHttp's call timeout. An outcome that leaves it open whether
 * Slack acted on the call (no answer, a 5xx) is reported as unclear, never silently repeated.
 */
class SlackMethods {
    private static final Logger LOG = LoggerFactory.getLogger(SlackMethods.class);
    private static final int ATTEMPTS = 3;

    private final Slack slack;
    private final Clock clock;
    private final Duration longestCall;

    SlackMethods(SlackSettings settings, Clock clock) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl().endsWith("/") ? settings.apiUrl() : settings.apiUrl() + "/");
        config.setHttpClientReadTimeoutMillis((int) settings.readTimeout().toMillis());
        this.longestCall = settings.readTimeout().plusSeconds(10);
        config.setHttpClientCallTimeoutMillis((int) longestCall.toMillis());
        // OkHttp silently sends a request again on a new connection when one is dropped without an
        // answer: for chat.postMessage that is a second message nobody looked for. A dropped answer
        // is left to the caller, which asks Slack first before it posts again.
        OkHttpClient http = SlackHttpClient.buildOkHttpClient(config).newBuilder().retryOnConnectionFailure(false).build();
        this.slack = Slack.getInstance(config, new SlackHttpClient(http));
        this.clock = clock;
    }

    Duration longestCall() {
        return longestCall;
    }

    @FunctionalInterface
    interface SlackCall<T> {
        T call(MethodsClient methods) throws IOException, SlackApiException;
    }

    /**
     * What a call came to: Slack's answer, or why there is none, whether Slack may have acted on
     * the request all the same, and how long Slack asked to wait.
     */
    record Answer<T>(T response, String failure, boolean unclear, Duration retryAfter) {
        static <T> Answer<T> failed(String failure, boolean unclear, Duration retryAfter) {
            return new Answer<>(null, failure, unclear, retryAfter);
        }
    }

    /** Slack's answer to a call made with this bot token, or null when there is none (the reason is logged). */
    <T extends SlackApiTextResponse> T call(String token, String method, SlackCall<T> call) {
        return attempt(token, method, call, null).response();
    }

    /** As {@link #call}, but starting no attempt that could end after {@code sendBy}, nor waiting out a 429 past it. */
    <T extends SlackApiTextResponse> Answer<T> attempt(String token, String method, SlackCall<T> call, Instant sendBy) {
        MethodsClient methods = slack.methods(token);
        for (int attempt = 1; ; attempt++) {
            if (sendBy != null && clock.instant().plus(longestCall).isAfter(sendBy)) {
                return Answer.failed("not sent: its claim would run out before Slack answered; it goes on the next pass",
                        false, Duration.ZERO);
            }
            try {
                T response = call.call(methods);
                if (!response.isOk()) {
                    LOG.warn("Slack {} answered {}", method, response.getError());
                }
                return new Answer<>(response, null, false, Duration.ZERO);
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (status != 429) {
                    LOG.warn("Slack {} failed with HTTP {}", method, status);
                    // A 5xx may come after Slack did the work; a 4xx is a refusal.
                    return Answer.failed("Slack answered HTTP " + status, status >= 500, Duration.ZERO);
                }
                Duration wait = Duration.ofSeconds(retryAfter(e.getResponse().header("Retry-After")));
                if (attempt == ATTEMPTS || (sendBy != null && clock.instant().plus(wait).plus(longestCall).isAfter(sendBy))) {
                    LOG.warn("Slack {} is rate limited: trying again in {} s, later", method, wait.toSeconds());
                    return Answer.failed("Slack is rate limiting " + method + " (Retry-After " + wait.toSeconds() + " s)",
                            false, wait);
                }
                LOG.info("Slack {} is rate limited: retrying in {} s", method, wait.toSeconds());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return Answer.failed("interrupted while waiting out Slack's rate limit", false, Duration.ZERO);
                }
            } catch (ConnectException e) {
                LOG.warn("Slack {} could not be reached: {}", method, e.getMessage());
                return Answer.failed("Slack could not be reached: " + e.getMessage(), false, Duration.ZERO);
            } catch (IOException e) {
                // Timed out or cut off after the request went: Slack may have acted on it.
                LOG.warn("Slack {} did not answer: {}", method, e.getMessage());
                return Answer.failed("no answer from Slack (" + e.getMessage() + "); it may have arrived", true, Duration.ZERO);
            }
        }
    }

    private static long retryAfter(String header) {
        try {
            return Math.min(60, Math.max(1, Long.parseLong(header == null ? "1" : header.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
