package uk.lscb.cse.board;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.people.People;
import uk.lscb.cse.people.Person;

import java.util.List;

@Controller("/api/boards")
class BoardController {
    private final Boards boards;
    private final People people;

    BoardController(Boards boards, People people) {
        this.boards = boards;
        this.people = people;
    }

    @Operation(summary = "Create or update a board", description = "201 when created, 200 when updated. "
            + "timeZone defaults to Europe/London.")
    @Put("/{slug}")
    HttpResponse<Board> save(String slug, @Body Boards.Settings settings, @Nullable @Header("X-Actor") String actor) {
        Boards.Saved saved = boards.save(slug, settings, false, Actor.api(actor));
        return HttpResponse.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.board());
    }

    @Get("/{slug}")
    Board show(String slug) {
        return boards.find(slug);
    }

    @Operation(summary = "Add or update people from CSV",
            description = "Header name,email,agency,role; role is lead (default) or coordinator; upserted by email. "
                    + "Any bad row refuses the whole file.")
    @Post("/{slug}/people")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    People.Loaded loadPeople(String slug, @Body String csv, @Nullable @Header("X-Actor") String actor) {
        return people.load(boards.find(slug).id(), csv, Actor.api(actor));
    }

    @Get("/{slug}/people")
    List<Person> people(String slug) {
        return people.of(boards.find(slug).id());
    }
}
