package uk.lscb.cse.people;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.board.Boards;

import java.util.List;
import java.security.Principal;

@Controller("/api/boards/{slug}/people")
// Database work: off the event loop, which must stay free to acknowledge Slack within 3 s.
@ExecuteOn(TaskExecutors.BLOCKING)
class PeopleController {
    private final Boards boards;
    private final People people;

    PeopleController(Boards boards, People people) {
        this.boards = boards;
        this.people = people;
    }

    @Operation(summary = "Add or update people from CSV",
            description = "Header name,email,agency,role; role is lead (default) or coordinator; upserted by email. "
                    + "Any bad row refuses the whole file.")
    @Post
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    People.Loaded load(String slug, @Body String csv, Principal caller) {
        return people.load(boards.find(slug).id(), csv, Actor.api(caller.getName()));
    }

    @Get
    List<Person> list(String slug) {
        return people.of(boards.find(slug).id());
    }
}
