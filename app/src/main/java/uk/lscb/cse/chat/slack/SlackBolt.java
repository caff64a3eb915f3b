package uk.lscb.cse.chat.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.chat.slack.install.Uninstalling;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Bolt routes verified Slack requests to the listeners. Each listener acknowledges at once (Slack
 * gives three seconds) and does the database and Web API work afterwards on an executor: Bolt for
 * Java has no lazy listeners.
 */
@Singleton
class SlackBolt {
    private static final Logger LOG = LoggerFactory.getLogger(SlackBolt.class);
    /** How long a thread reply may take before Slack is acknowledged anyway: its 3 s, less the way there and back. */
    static final Duration ACK_WITHIN = Duration.ofMillis(2000);
    private final App app;

    SlackBolt(SlackSettings settings, SlashCommands slashCommands, UpdateModal modal, KpiModal kpiModal,
              ThreadReplies replies, Uninstalling uninstalling, @Named("chat") ExecutorService executor) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        // No middleware: the controller has already verified the signature (against the service's
        // Clock, refusing future timestamps), and the bot token is used by SlackWeb, so Bolt needs
        // neither its own verifier nor auth.test.
        // Every message event of a channel the bot is in comes (edits, deletions, joins, topic changes);
        // those no listener wants are acknowledged: Slack delivers anything but a 2xx again (Bolt answers
        // 404 by default), and turns off an app's events after too many failures.
        this.app = new App(AppConfig.builder().signingSecret(settings.signingSecret()).slack(Slack.getInstance(config))
                .allEventsApiAutoAckEnabled(true).build(), List.of());
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
        app.blockAction(KpiModal.OPEN, (request, context) -> {
            run(executor, "value button", () -> kpiModal.open(request.getPayload()));
            return context.ack();
        });
        app.viewSubmission(KpiModal.CALLBACK, (request, context) -> {
            KpiModal.Saved saved = kpiModal.save(request.getPayload());
            if (!saved.errors().isEmpty()) {
                return context.ackWithErrors(saved.errors());
            }
            run(executor, "value modal", saved.confirm());
            return context.ack();
        });
        app.event(MessageEvent.class, (payload, context) ->
                answered(executor, () -> replies.handle(ThreadReplies.Message.of(payload)), context));
        app.event(MessageThreadBroadcastEvent.class, (payload, context) ->
                answered(executor, () -> replies.handle(ThreadReplies.Message.broadcast(payload)), context));
        app.event(MessageFileShareEvent.class, (payload, context) ->
                answered(executor, () -> replies.handle(ThreadReplies.Message.fileShare(payload)), context));
        // The workspace's tokens are dead from now on: forgotten and its board unlinked before the ack,
        // so that a failure makes Slack send the event again.
        app.event(AppUninstalledEvent.class, (payload, context) ->
                answered(executor, () -> uninstalling.removed(payload.getTeamId(), "app_uninstalled"), context));
        app.event(TokensRevokedEvent.class, (payload, context) -> {
            TokensRevokedEvent.Tokens revoked = payload.getEvent().getTokens();
            if (revoked == null || revoked.getBot() == null || revoked.getBot().isEmpty()) {
                return context.ack();       // only user tokens: the bot's token still works
            }
            return answered(executor, () -> uninstalling.removed(payload.getTeamId(), "tokens_revoked"), context);
        });
    }

    /**
     * A thread reply is worked on at once and acknowledged when done, or after ACK_WITHIN if it is
     * still going (Slack waits 3 s). Work that failed by then is answered 500: Slack delivers the
     * event again, and the released event is handled that time (see SlackEventLog).
     */
    private static Response answered(ExecutorService executor, Runnable work, EventContext context) {
        CompletableFuture<Void> done = CompletableFuture.runAsync(work, executor).whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.error("Slack thread reply failed; released for Slack to deliver again", failure);
            }
        });
        try {
            done.get(ACK_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // Thrown, not answered: Bolt takes a listener's non-200 answer for "not mine" and acknowledges.
            throw new NotHandled();
        } catch (TimeoutException e) {
            // still working: acknowledged in time; should it fail, it is released for a redelivery all the same
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return context.ack();
    }

    App app() {
        return app;
    }

    /** An event whose work failed before it was acknowledged: answered 500, so that Slack sends it again. */
    static final class NotHandled extends RuntimeException {
        NotHandled() {
            super("not handled", null, false, false);
        }
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
