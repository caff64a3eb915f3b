package uk.lscb.cse.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import uk.lscb.cse.audit.Actor;

import java.security.Principal;
import java.util.List;

@Controller("/api/admin-tokens")
class AdminTokenController {
    private final AdminTokens tokens;

    AdminTokenController(AdminTokens tokens) {
        this.tokens = tokens;
    }

    /** {"owner": "cat@lscb.example", "scope": "all" or "board:stockport"} */
    record Request(@Nullable String owner, @Nullable String scope) {
    }

    @Operation(summary = "Make an admin token for a person",
            description = "201 with the token: it is shown this once and stored only as its SHA-256. Changes made"
                    + " with it are recorded as its owner. scope: \"all\" (every board, the default) or \"board:<slug>\""
                    + " (one board's manager: that board's routes only).")
    @Post
    HttpResponse<AdminTokens.Made> make(@Body Request request, Principal caller) {
        return HttpResponse.status(HttpStatus.CREATED)
                .body(tokens.make(request.owner(), request.scope(), Actor.api(caller.getName())));
    }

    @Operation(summary = "Every admin token made, live or revoked, without its secret")
    @Get
    List<AdminTokens.Listed> list() {
        return tokens.list();
    }

    @Operation(summary = "Revoke an admin token", description = "204; the token is refused from the next call on.")
    @Delete("/{id}")
    HttpResponse<Void> revoke(long id, Principal caller) {
        tokens.revoke(id, Actor.api(caller.getName()));
        return HttpResponse.noContent();
    }
}
