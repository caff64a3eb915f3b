package uk.lscb.cse.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.NotAllowed;
import uk.lscb.cse.audit.Actor;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Controller("/api/plans/{id}")
// Database work: off the event loop, which must stay free to acknowledge Slack within 3 s.
@ExecuteOn(TaskExecutors.BLOCKING)
class PlanController {
    private final FindingActions finding;
    private final SummarisingPlan summarising;
    private final UpdatingProgress updating;

    PlanController(FindingActions finding, SummarisingPlan summarising, UpdatingProgress updating) {
        this.finding = finding;
        this.summarising = summarising;
        this.updating = updating;
    }

    @Operation(summary = "List a plan's actions",
            description = "rag: comma-separated (red,amber,…); overdue=true; lead: a person's email or an agency; "
                    + "theme: a theme's name or position.")
    @Get("/actions")
    List<ActionView> actions(long id, @Nullable @QueryValue String rag, @Nullable @QueryValue Boolean overdue,
                             @Nullable @QueryValue String lead, @Nullable @QueryValue String theme) {
        return finding.actions(id, new ActionFilter(rags(rag), Boolean.TRUE.equals(overdue), lead, theme));
    }

    @Get("/actions/{ref}")
    ActionView action(long id, String ref) {
        return finding.action(id, ref);
    }

    @Operation(summary = "An action's history, newest first")
    @Get("/actions/{ref}/updates")
    List<ProgressEntry> history(long id, String ref) {
        return finding.history(finding.action(id, ref).id());
    }

    @Operation(summary = "Counts by RAG and theme, overdue, not updated for 28 days, priority actions not green")
    @Get("/summary")
    PlanSummary summary(long id) {
        return summarising.summary(id);
    }

    /** {"rag": "amber", "note": "waiting on police data"}; "author", if sent, must be the token's owner. */
    record UpdateRequest(@Nullable String rag, @Nullable String note, @Nullable String author) {
    }

    @Operation(summary = "Record a progress update (new RAG and/or note) as the admin token's owner",
            description = "The update is recorded as the owner of the token it was sent with, who must be one of the"
                    + " board's people: the action's leads, people of its lead agencies or a coordinator. \"author\","
                    + " if sent, must name that owner.")
    @Post("/actions/{ref}/updates")
    HttpResponse<UpdatingProgress.Recorded> update(long id, String ref, @Body UpdateRequest request, Principal caller) {
        Actor actor = Actor.api(caller.getName());
        // Attributable means proven: the token says who is reporting, not a field anyone can type.
        if (!actor.isPerson()) {
            throw new NotAllowed("progress is recorded as the person reporting it, and CSE_ADMIN_TOKEN belongs to no"
                    + " one: make the lead a token of their own (POST /api/admin-tokens {\"owner\": \"<their email>\"})"
                    + " and send the update with it");
        }
        if (request.author() != null && !request.author().isBlank() && !request.author().strip().equalsIgnoreCase(actor.who())) {
            throw new NotAllowed("updates are recorded as the token's owner (" + actor.who() + "), not as \"author\": send"
                    + " this one with " + request.author().strip() + "'s own token, or leave \"author\" out");
        }
        Rag rag = request.rag() == null || request.rag().isBlank() ? null : Rag.read(request.rag())
                .orElseThrow(() -> new Invalid("rag '" + request.rag() + "' is not red, amber, green or complete"));
        UpdatingProgress.Recorded recorded = updating.update(new UpdateProgress(id, ref, rag, request.note(), actor));
        return HttpResponse.status(HttpStatus.CREATED).body(recorded);
    }

    private static Set<Rag> rags(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.equalsIgnoreCase("not_started") ? Rag.NOT_STARTED : s.equalsIgnoreCase("not_rated")
                        ? Rag.NOT_RATED : Rag.read(s).orElseThrow(() -> new Invalid("rag '" + s
                        + "' is not red, amber, green, complete, not_started or not_rated")))
                .collect(Collectors.toSet());
    }
}
