package uk.lscb.cse.chat.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The Bot Connector's endpoint. Every activity is checked against what its token proves before
 * anything is read from it, and handled once however often it is delivered; a message is answered
 * after the 200 (through the connector), a card button within the request (its answer replaces the card).
 */
@Hidden
@Controller
class TeamsController {
    static final String MESSAGES = "/api/messages";
    private static final Logger LOG = LoggerFactory.getLogger(TeamsController.class);
    // Universal Actions: a message answer is shown to the presser and leaves the card as it was.
    private static final Map<String, Object> PRESSED_ALREADY = Map.of("statusCode", 200,
            "type", "application/vnd.microsoft.activity.message", "value", "This press was already recorded.");

    private final BotTokens tokens;
    private final TeamsActivityLog log;
    private final TeamsActivities activities;
    private final TeamsCardActions cardActions;
    private final ObjectMapper json;
    private final ExecutorService executor;

    TeamsController(BotTokens tokens, TeamsActivityLog log, TeamsActivities activities, TeamsCardActions cardActions,
                    ObjectMapper json, @Named("chat") ExecutorService executor) {
        this.tokens = tokens;
        this.log = log;
        this.activities = activities;
        this.cardActions = cardActions;
        this.json = json;
        this.executor = executor;
    }

    @Post(uri = MESSAGES, consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    // Off the event loop (a token may need the connector's keys fetched) but not on the chat pool,
    // so acknowledging never queues behind replies being computed.
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> messages(@Nullable @Header("Authorization") String authorization, @Body byte[] body) {
        JsonNode activity;
        try {
            activity = json.readTree(body);
        } catch (IOException e) {
            return HttpResponse.badRequest();
        }
        Optional<BotTokens.Refusal> refused = tokens.refusal(authorization, activity);
        if (refused.isPresent()) {
            return HttpResponse.status(HttpStatus.valueOf(refused.get().status()));
        }
        String type = activity.path("type").asText("");
        boolean cardAction = "invoke".equals(type) && "adaptiveCard/action".equals(activity.path("name").asText());
        boolean acted = cardAction || type.equals("message") || type.equals("conversationUpdate") || type.equals("installationUpdate");
        if (acted && !log.firstDelivery(activity)) {
            LOG.info("Teams delivered a {} activity again: already handled", type);
            return cardAction ? HttpResponse.ok(PRESSED_ALREADY) : HttpResponse.ok();
        }
        if (cardAction) {
            return HttpResponse.ok(cardActions.invoke(activity));
        }
        switch (type) {
            case "message" -> executor.execute(() -> run("message", () -> activities.message(activity)));
            case "conversationUpdate", "installationUpdate" -> activities.conversationUpdate(activity);
            default -> {
                // typing, reactions, deletes, other invokes: nothing to do
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
