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

@Controller("/api/boards/{slug}/report-settings")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportSettingsController {
    private final Boards boards;
    private final ReportSettings settings;

    ReportSettingsController(Boards boards, ReportSettings settings) {
        this.boards = boards;
        this.settings = settings;
    }

    record Given(@Nullable String protectiveMarking, @Nullable Integer daysBeforeMeeting) {
    }

    record Shown(String protectiveMarking, int daysBeforeMeeting) {
        static Shown of(ReportSettings.Setting setting) {
            return new Shown(setting.marking(), setting.daysBeforeMeeting());
        }
    }

    @Get
    Shown show(String slug) {
        return Shown.of(settings.of(boards.find(slug).id()));
    }

    @Operation(summary = "The board report's protective marking (default OFFICIAL-SENSITIVE) and how many working days"
            + " before each meeting it goes to the coordinators (default 5)")
    @Put
    Shown save(String slug, @Body Given given, Principal caller) {
        return Shown.of(settings.save(boards.find(slug).id(), given.protectiveMarking(), given.daysBeforeMeeting(),
                Actor.api(caller.getName())));
    }
}
