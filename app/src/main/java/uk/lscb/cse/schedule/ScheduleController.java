package uk.lscb.cse.schedule;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import org.quartz.SchedulerException;
import uk.lscb.cse.AdminCaller;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.security.Principal;

/** Boards' schedules, the triggers they make and the bank holidays, over the admin API. */
@Controller("/api")
// Database work: off the event loop, which must stay free to acknowledge Slack within 3 s.
@ExecuteOn(TaskExecutors.BLOCKING)
class ScheduleController {
    private final Boards boards;
    private final BoardSchedules schedules;
    private final Optional<BoardTriggers> triggers;
    private final WorkingDays workingDays;

    ScheduleController(Boards boards, BoardSchedules schedules, Optional<BoardTriggers> triggers,
                       WorkingDays workingDays) {
        this.boards = boards;
        this.schedules = schedules;
        this.triggers = triggers;
        this.workingDays = workingDays;
    }

    @Get("/boards/{slug}/schedule")
    BoardSchedule schedule(String slug) {
        return schedules.of(boards.find(slug));
    }

    @Operation(summary = "Change when the plan chases its leads",
            description = "alertTime and digestTime are HH:mm in the board's time zone (default 09:00); reminderDays"
                    + " before a due date (7), staleDays without an update (28), escalateAfterDays working days"
                    + " unanswered (5), paused stops alerts and digests, extraHolidays adds the board's own days off.")
    @Put("/boards/{slug}/schedule")
    BoardSchedule saveSchedule(String slug, @Body BoardSchedules.Changes changes, Principal caller) {
        Board board = boards.find(slug);
        BoardSchedule saved = schedules.save(board, changes, Actor.api(caller.getName()));
        triggers.ifPresent(t -> t.sync(board));
        return saved;
    }

    @Operation(summary = "Each board's triggers with their next fire times")
    @Get("/schedules")
    List<BoardTriggers.Info> triggers(Principal caller) throws SchedulerException {
        if (triggers.isEmpty()) {
            throw new Invalid("the scheduler is off in this service (cse.scheduler.enabled=false)");
        }
        // A board manager's token lists its own board's triggers only.
        String only = AdminCaller.boardOf(caller);
        return triggers.get().list().stream().filter(info -> only == null || only.equals(info.board())).toList();
    }

    @Get("/bank-holidays")
    Map<LocalDate, String> bankHolidays() {
        return workingDays.bankHolidays();
    }
}
