package uk.lscb.cse.chat.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.MessageEvent;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;

/**
 * Bolt routes verified Slack requests to the listeners. Each listener acknowledges at once (Slack
 * gives three seconds) and does the database and Web API work afterwards on an executor: Bolt for
 * Java has no lazy listeners.
 */
@Singleton
class SlackBolt {
    private static final Logger LOG = LoggerFactory.getLogger(SlackBolt.class);
    private final App app;

    SlackBolt(SlackSettings settings, SlashCommands slashCommands, UpdateModal modal, ThreadReplies replies,
              @Named("chat") ExecutorService executor) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        // No middleware: the controller has already verified the signature (against the service's
        // Clock, refusing future timestamps), and the bot token is used by SlackWeb, so Bolt needs
        // neither its own verifier nor auth.test.
        this.app = new App(AppConfig.builder().signingSecret(settings.signingSecret()).slack(Slack.getInstance(config)).build(),
                List.of());
        app.command("/cse", (request, context) -> {
            run(executor, "/cse", () -> slashCommands.answer(request.getPayload()));
            return context.ack();
        });
        app.blockAction(Pattern.compile("rag:(GREEN|AMBER|RED|COMPLETE)|note"), (request, context) -> {
            run(executor, "button", () -> modal.open(request.getPayload()));
            return context.ack();
        });
        app.viewSubmission(UpdateModal.CALLBACK, (request, context) -> {
            Map<String, String> errors = modal.errors(request.getPayload());
            if (!errors.isEmpty()) {
                return context.ackWithErrors(errors);
            }
            run(executor, "modal", () -> modal.save(request.getPayload()));
            return context.ack();
        });
        app.event(MessageEvent.class, (payload, context) -> {
            run(executor, "thread reply", () -> replies.handle(payload));
            return context.ack();
        });
    }

    App app() {
        return app;
    }

    private static void run(ExecutorService executor, String what, Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Slack {} failed after the ack", what, e);
            }
        });
    }
}
