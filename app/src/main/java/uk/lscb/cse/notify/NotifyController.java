package uk.lscb.cse.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import org.quartz.SchedulerException;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Schedules, digests and the delivery ledger over the admin API. */
@Controller("/api")
class NotifyController {
    private final Boards boards;
    private final Schedules schedules;
    private final Digests digests;
    private final Deliveries deliveries;
    private final Sending sending;
    private final Optional<Triggers> triggers;
    private final WorkingDays workingDays;

    NotifyController(Boards boards, Schedules schedules, Digests digests, Deliveries deliveries, Sending sending,
                     Optional<Triggers> triggers, WorkingDays workingDays) {
        this.boards = boards;
        this.schedules = schedules;
        this.digests = digests;
        this.deliveries = deliveries;
        this.sending = sending;
        this.triggers = triggers;
        this.workingDays = workingDays;
    }

    @Get("/boards/{slug}/schedule")
    Schedule schedule(String slug) {
        return schedules.of(boards.find(slug));
    }

    @Operation(summary = "Change when the plan chases its leads",
            description = "alertTime and digestTime are HH:mm in the board's time zone (default 09:00); reminderDays"
                    + " before a due date (7), staleDays without an update (28), escalateAfterDays working days"
                    + " unanswered (5), paused stops alerts and digests, extraHolidays adds the board's own days off.")
    @Put("/boards/{slug}/schedule")
    Schedule saveSchedule(String slug, @Body Schedules.Changes changes, @Nullable @Header("X-Actor") String actor) {
        Board board = boards.find(slug);
        Schedule saved = schedules.save(board, changes, Actor.api(actor));
        triggers.ifPresent(t -> t.sync(board));
        return saved;
    }

    @Operation(summary = "Send the weekly digest now, or preview it",
            description = "With preview=true nothing is sent: the digest and its lines come back as JSON.")
    @Post("/boards/{slug}/digest")
    Digests.Composed digest(String slug, @QueryValue(defaultValue = "false") boolean preview) {
        Board board = boards.find(slug);
        if (preview) {
            return digests.preview(board).orElseThrow(() -> new Invalid("board " + slug + " has no plan yet"));
        }
        Digests.Composed composed = digests.now(board);
        sending.sendDue();
        return composed;
    }

    @Operation(summary = "Each board's triggers with their next fire times")
    @Get("/schedules")
    List<Triggers.Info> triggers() throws SchedulerException {
        if (triggers.isEmpty()) {
            throw new Invalid("the scheduler is off in this service (cse.scheduler.enabled=false)");
        }
        return triggers.get().list();
    }

    @Operation(summary = "The delivery ledger", description = "status: pending, sending, sent, failed or missed"
            + " (default failed), newest first.")
    @Get("/deliveries")
    List<Delivery> deliveries(@QueryValue(defaultValue = "failed") String status,
                              @QueryValue(defaultValue = "100") int limit) {
        Delivery.Status wanted = Arrays.stream(Delivery.Status.values()).filter(s -> s.name().equalsIgnoreCase(status))
                .findFirst().orElseThrow(() -> new Invalid("status '" + status + "' is not one of "
                        + Arrays.toString(Delivery.Status.values()).toLowerCase()));
        return deliveries.withStatus(wanted, Math.max(1, Math.min(limit, 1000)));
    }

    @Get("/bank-holidays")
    Map<java.time.LocalDate, String> bankHolidays() {
        return workingDays.bankHolidays();
    }
}
