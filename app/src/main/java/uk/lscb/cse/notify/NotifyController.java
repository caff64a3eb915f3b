package uk.lscb.cse.notify;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.inject.Named;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.AdminCaller;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;
import uk.lscb.cse.notify.ComposingWeeklyDigest.Composed;
import uk.lscb.cse.schedule.BoardTriggers;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/** The digest on demand and the delivery ledger over the admin API. */
@Controller("/api")
// Database work: off the event loop, which must stay free to acknowledge Slack within 3 s.
@ExecuteOn(TaskExecutors.BLOCKING)
class NotifyController {
    private static final Logger LOG = LoggerFactory.getLogger(NotifyController.class);
    private final Boards boards;
    private final ComposingWeeklyDigest composing;
    private final WeeklyDigest digest;
    private final DeliveryLedger ledger;
    private final SendingDueNotices sending;
    private final Optional<BoardTriggers> triggers;
    private final ExecutorService background;

    NotifyController(Boards boards, ComposingWeeklyDigest composing, WeeklyDigest digest, DeliveryLedger ledger,
                     SendingDueNotices sending, Optional<BoardTriggers> triggers,
                     @Named(TaskExecutors.BLOCKING) ExecutorService background) {
        this.boards = boards;
        this.composing = composing;
        this.digest = digest;
        this.ledger = ledger;
        this.sending = sending;
        this.triggers = triggers;
        this.background = background;
    }

    @Operation(summary = "Send the weekly digest now, or preview it",
            description = "202: the digest and its lines are queued in the delivery ledger and sent within seconds"
                    + " (GET /api/deliveries?status=sent). With preview=true (200) nothing is queued.")
    @Post("/boards/{slug}/digest")
    HttpResponse<Composed> digest(String slug, @QueryValue(defaultValue = "false") boolean preview) {
        Board board = boards.find(slug);
        if (preview) {
            return HttpResponse.ok(composing.preview(board).orElseThrow(() -> new Invalid("board " + slug + " has no plan yet")));
        }
        Composed composed = digest.now(board);
        sendSoon(slug);
        return HttpResponse.accepted().body(composed);
    }

    // Decided here, sent by the sender: a slow or rate-limiting Slack takes seconds per message, which
    // the caller should not wait for. With a scheduler here its sender job starts now (one at a time
    // in the cluster); without one, a thread sends after the answer, as the job would.
    private void sendSoon(String slug) {
        if (triggers.isPresent()) {
            try {
                triggers.get().sendNow();
                return;
            } catch (SchedulerException e) {
                LOG.warn("Could not start the sender for the digest of {} now: {}; sending from here", slug, e.getMessage());
            }
        }
        background.execute(() -> {
            try {
                sending.sendDue();
            } catch (RuntimeException e) {
                LOG.warn("Sending the digest of {} now failed; the scheduled sender retries it", slug, e);
            }
        });
    }

    @Operation(summary = "The delivery ledger", description = "status: pending, sending, sent, retrying (failed, to be"
            + " tried again), failed (given up for good), missed or superseded (no longer true when its turn came);"
            + " default failed. Newest first; lastError says why.")
    @Get("/deliveries")
    List<Delivery> deliveries(@QueryValue(defaultValue = "failed") String status,
                              @QueryValue(defaultValue = "100") int limit, Principal caller) {
        Delivery.Status wanted = Arrays.stream(Delivery.Status.values()).filter(s -> s.name().equalsIgnoreCase(status))
                .findFirst().orElseThrow(() -> new Invalid("status '" + status + "' is not one of "
                        + Arrays.toString(Delivery.Status.values()).toLowerCase()));
        // A board manager's token lists its own board's deliveries only.
        String only = AdminCaller.boardOf(caller);
        return ledger.withStatus(wanted, Math.max(1, Math.min(limit, 1000)), only == null ? null : boards.find(only).id());
    }
}
