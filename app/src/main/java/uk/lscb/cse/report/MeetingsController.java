package uk.lscb.cse.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.board.Boards;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

@Controller("/api/boards/{slug}/meetings")
@ExecuteOn(TaskExecutors.BLOCKING)
class MeetingsController {
    private final Boards boards;
    private final BoardMeetings meetings;

    MeetingsController(Boards boards, BoardMeetings meetings) {
        this.boards = boards;
        this.meetings = meetings;
    }

    record Meetings(@Nullable List<String> dates) {
    }

    record Shown(List<LocalDate> dates, int daysBefore) {
    }

    @Get
    Shown show(String slug) {
        long board = boards.find(slug).id();
        return new Shown(meetings.from(board, LocalDate.of(2000, 1, 1)), meetings.daysBefore(board));
    }

    @Operation(summary = "Set the board's meeting dates",
            description = "{\"dates\": [\"2016-03-31\"]} replaces them. The report goes to the coordinators daysBeforeMeeting"
                    + " working days before each (PUT report-settings; default 5); leads with actions not updated in the"
                    + " report's period are reminded a week before that.")
    @Put
    Shown save(String slug, @Body Meetings given, Principal caller) {
        long board = boards.find(slug).id();
        return new Shown(meetings.set(board, given.dates(), Actor.api(caller.getName())), meetings.daysBefore(board));
    }
}
