package uk.lscb.cse.privacy;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.board.Boards;

import java.security.Principal;

@Controller("/api/boards/{slug}/people")
@ExecuteOn(TaskExecutors.BLOCKING)
class ErasureController {
    private final Boards boards;
    private final ErasingPerson erasing;

    ErasureController(Boards boards, ErasingPerson erasing) {
        this.boards = boards;
        this.erasing = erasing;
    }

    @Operation(summary = "Erase a person from the board",
            description = "Removes the person and replaces their identity (email, name, chat ids) in the plan's history,"
                    + " the delivery ledger, chat records and the audit trail with a stable pseudonym such as"
                    + " 'former lead #12'. Their updates stay, by the pseudonym; their actions keep their agencies."
                    + " Answers what changed, by kind of record. 404 if the email is not one of the board's people.")
    @Delete("/{email}")
    ErasingPerson.Erased erase(String slug, String email, Principal caller) {
        return erasing.erase(boards.find(slug), email, Actor.api(caller.getName()));
    }
}
