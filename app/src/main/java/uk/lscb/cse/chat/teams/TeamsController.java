package uk.lscb.cse.chat.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.ExecutorService;

/**
 * The Bot Connector's endpoint. Every activity's bearer token is checked before anything is read
 * from it; a message is answered after the 200 (through the connector), a card button within the
 * request (its answer replaces the card).
 */
@Hidden
@Controller
class TeamsController {
    static final String MESSAGES = "/api/messages";
    private static final Logger LOG = LoggerFactory.getLogger(TeamsController.class);

    private final BotTokens tokens;
    private final TeamsActivities activities;
    private final TeamsCardActions cardActions;
    private final ObjectMapper json;
    private final ExecutorService executor;

    TeamsController(BotTokens tokens, TeamsActivities activities, TeamsCardActions cardActions, ObjectMapper json, @Named("chat") ExecutorService executor) {
        this.tokens = tokens;
        this.activities = activities;
        this.cardActions = cardActions;
        this.json = json;
        this.executor = executor;
    }

    @Post(uri = MESSAGES, consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    // Off the event loop (the first token fetches the connector's keys) but not on the chat pool,
    // so acknowledging never queues behind replies being computed.
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> messages(@Nullable @Header("Authorization") String authorization, @Body byte[] body) {
        JsonNode activity;
        try {
            activity = json.readTree(body);
        } catch (IOException e) {
            return HttpResponse.badRequest();
        }
        if (!tokens.valid(authorization, activity.path("serviceUrl").asText(null))) {
            return HttpResponse.unauthorized();
        }
        String type = activity.path("type").asText("");
        switch (type) {
            case "message" -> executor.execute(() -> run("message", () -> activities.message(activity)));
            case "invoke" -> {
                if ("adaptiveCard/action".equals(activity.path("name").asText())) {
                    return HttpResponse.ok(cardActions.invoke(activity));
                }
            }
            case "conversationUpdate", "installationUpdate" -> activities.conversationUpdate(activity);
            default -> {
                // typing, reactions, deletes: nothing to do
            }
        }
        return HttpResponse.ok();
    }

    private static void run(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("Teams {} failed after the 200", what, e);
        }
    }
}
