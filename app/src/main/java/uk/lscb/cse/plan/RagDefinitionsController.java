package uk.lscb.cse.plan;

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
import java.util.Map;

/** A board's own RAG definitions over the admin API. */
@Controller("/api/boards/{slug}/rag-definitions")
@ExecuteOn(TaskExecutors.BLOCKING)
class RagDefinitionsController {
    private final Boards boards;
    private final RagDefinitions definitions;

    RagDefinitionsController(Boards boards, RagDefinitions definitions) {
        this.boards = boards;
        this.definitions = definitions;
    }

    @Get
    Map<Rag, String> get(String slug) {
        return definitions.of(boards.find(slug).id());
    }

    @Operation(summary = "Set what each RAG rating means on this board",
            description = "{\"Green\": \"on track\", \"Blue\": \"complete\"}: replaces the board's definitions; shown in help.")
    @Put
    Map<Rag, String> put(String slug, @Body Map<String, String> given, Principal caller) {
        return definitions.set(boards.find(slug).id(), given, Actor.api(caller.getName()));
    }
}
