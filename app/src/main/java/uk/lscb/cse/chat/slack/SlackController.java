package uk.lscb.cse.chat.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Slack's three request URLs (see bot-manifests/slack/manifest.yml). Every request is verified on
 * its raw bytes, then handed to Bolt, whose listeners acknowledge at once and do the work after.
 */
@Hidden
@Controller("/slack")
// Off the event loop: a thread reply is answered once handled (up to 2 s), and the loop must stay free.
@ExecuteOn(TaskExecutors.BLOCKING)
class SlackController {
    static final String COMMANDS = "/slack/commands";
    static final String INTERACTIVITY = "/slack/interactivity";
    static final String EVENTS = "/slack/events";
    private static final Logger LOG = LoggerFactory.getLogger(SlackController.class);

    private final SlackSignature signature;
    private final App app;
    private final SlackRequestParser parser;

    SlackController(SlackSignature signature, SlackBolt bolt) {
        this.signature = signature;
        this.app = bolt.app();
        this.parser = new SlackRequestParser(app.config());
    }

    @Post(uri = "/commands", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> commands(HttpRequest<?> request, @Body byte[] body) {
        return handle(request, body);
    }

    @Post(uri = "/interactivity", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> interactivity(HttpRequest<?> request, @Body byte[] body) {
        return handle(request, body);
    }

    @Post(uri = "/events")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<String> events(HttpRequest<?> request, @Body byte[] body) {
        return handle(request, body);
    }

    private HttpResponse<String> handle(HttpRequest<?> request, byte[] body) {
        if (!signature.valid(request.getHeaders().get("X-Slack-Request-Timestamp"),
                request.getHeaders().get("X-Slack-Signature"), body)) {
            LOG.warn("Refused a Slack request to {} with a missing, wrong or stale signature", request.getPath());
            return HttpResponse.unauthorized();
        }
        Map<String, List<String>> headers = new HashMap<>();
        request.getHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
        try {
            Response response = app.run(parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(request.getPath())
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .headers(new RequestHeaders(headers))
                    .remoteAddress(request.getRemoteAddress().getHostString())
                    .build()));
            MutableHttpResponse<String> reply = HttpResponse.status(io.micronaut.http.HttpStatus.valueOf(response.getStatusCode()));
            if (response.getBody() != null && !response.getBody().isEmpty()) {
                reply.body(response.getBody()).contentType(response.getContentType());
            }
            return reply;
        } catch (SlackBolt.NotHandled e) {
            // Logged where it failed; the 500 makes Slack deliver the event again.
            return HttpResponse.serverError("not handled, send it again");
        } catch (Exception e) {
            LOG.error("Slack request to {} failed", request.getPath(), e);
            return HttpResponse.serverError();
        }
    }
}
