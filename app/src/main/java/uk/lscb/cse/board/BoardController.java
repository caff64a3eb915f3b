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
import uk.lscb.cse.AdminCaller;
import uk.lscb.cse.NotAllowed;
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
        // A workspace's installation (its token) follows its link: a board's manager could otherwise take over a
        // workspace installed for another board and later unlinked. They link one by installing the app there.
        if (AdminCaller.boardOf(caller) != null && settings.slackTeamId() != null && !settings.slackTeamId().isBlank()
                && !settings.slackTeamId().strip().equals(boards.find(slug).slackTeamId())) {
            throw new NotAllowed("a board's manager links a Slack workspace by installing the app there (POST /api/boards/"
                    + slug + "/slack-install); an all-boards admin may set slackTeamId by hand");
        }
        Boards.Saved saved = boards.save(slug, settings, false, Actor.api(caller.getName()));
        return HttpResponse.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.board());
    }

    @Get("/{slug}")
    Board show(String slug) {
        return boards.find(slug);
    }
}
