package uk.lscb.cse.notify;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;
import uk.lscb.cse.notify.ComposingWeeklyDigest.Composed;

import java.util.Arrays;
import java.util.List;

/** The digest on demand and the delivery ledger over the admin API. */
@Controller("/api")
class NotifyController {
    private final Boards boards;
    private final ComposingWeeklyDigest composing;
    private final WeeklyDigest digest;
    private final DeliveryLedger ledger;
    private final SendingDueNotices sending;

    NotifyController(Boards boards, ComposingWeeklyDigest composing, WeeklyDigest digest, DeliveryLedger ledger,
                     SendingDueNotices sending) {
        this.boards = boards;
        this.composing = composing;
        this.digest = digest;
        this.ledger = ledger;
        this.sending = sending;
    }

    @Operation(summary = "Send the weekly digest now, or preview it",
            description = "With preview=true nothing is sent: the digest and its lines come back as JSON.")
    @Post("/boards/{slug}/digest")
    Composed digest(String slug, @QueryValue(defaultValue = "false") boolean preview) {
        Board board = boards.find(slug);
        if (preview) {
            return composing.preview(board).orElseThrow(() -> new Invalid("board " + slug + " has no plan yet"));
        }
        Composed composed = digest.now(board);
        sending.sendDue();
        return composed;
    }

    @Operation(summary = "The delivery ledger", description = "status: pending, sending, sent, retrying (failed, to be"
            + " tried again), failed (given up for good), missed or superseded (no longer true when its turn came);"
            + " default failed. Newest first; lastError says why.")
    @Get("/deliveries")
    List<Delivery> deliveries(@QueryValue(defaultValue = "failed") String status,
                              @QueryValue(defaultValue = "100") int limit) {
        Delivery.Status wanted = Arrays.stream(Delivery.Status.values()).filter(s -> s.name().equalsIgnoreCase(status))
                .findFirst().orElseThrow(() -> new Invalid("status '" + status + "' is not one of "
                        + Arrays.toString(Delivery.Status.values()).toLowerCase()));
        return ledger.withStatus(wanted, Math.max(1, Math.min(limit, 1000)));
    }
}
