package uk.lscb.cse.board;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import uk.lscb.cse.audit.Actor;
import java.security.Principal;

@Controller("/api/boards")
// Database work: off the event loop, which must stay free to acknowledge Slack within 3 s.
@ExecuteOn(TaskExecutors.BLOCKING)
class BoardController {
    private final Boards boards;

    BoardController(Boards boards) {
        this.boards = boards;
    }

    @Operation(summary = "Create or update a board", description = "201 when created, 200 when updated. "
            + "timeZone defaults to Europe/London.")
    @Put("/{slug}")
    HttpResponse<Board> save(String slug, @Body Boards.Settings settings, Principal caller) {
        Boards.Saved saved = boards.save(slug, settings, false, Actor.api(caller.getName()));
        return HttpResponse.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.board());
    }

    @Get("/{slug}")
    Board show(String slug) {
        return boards.find(slug);
    }
}
