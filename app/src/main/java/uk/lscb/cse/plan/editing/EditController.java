package uk.lscb.cse.plan.editing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.board.Boards;
import uk.lscb.cse.plan.ActionChanges;
import uk.lscb.cse.plan.DuePrecision;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.plan.Timescale;
import uk.lscb.cse.plan.UnreadableValue;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** An action's timescale, leads and priority changed over the admin API, and what a board lets its leads change. */
@Controller("/api")
// Database work: off the event loop, which must stay free to acknowledge Slack within 3 s.
@ExecuteOn(TaskExecutors.BLOCKING)
class EditController {
    private final EditingActions editing;
    private final EditRules rules;
    private final ActionChanges changes;
    private final FindingActions finding;
    private final Boards boards;

    EditController(EditingActions editing, EditRules rules, ActionChanges changes, FindingActions finding, Boards boards) {
        this.editing = editing;
        this.rules = rules;
        this.changes = changes;
        this.finding = finding;
        this.boards = boards;
    }

    /** One change per call: a new timescale (with a reason), a lead added or removed, or priority set. */
    record EditRequest(@Nullable String timescale, @Nullable String addLead, @Nullable String removeLead,
                       @Nullable Boolean priority, @Nullable String reason) {
    }

    @Operation(summary = "Change an action's timescale, leads or priority",
            description = "One of {\"timescale\": \"March 2026\", \"reason\": \"...\"} (reason required), {\"addLead\": "
                    + "\"<email or agency>\"}, {\"removeLead\": ...} or {\"priority\": true}; kept in the action's changes"
                    + " with who and why. A person's token may change what their role and the board allow.")
    @Patch("/plans/{id}/actions/{ref}")
    EditingActions.Edited edit(long id, String ref, @Body EditRequest request, Principal caller) {
        Actor actor = Actor.api(caller.getName());
        long asked = Stream.of(request.timescale(), request.addLead(), request.removeLead(), request.priority())
                .filter(java.util.Objects::nonNull).count();
        if (asked != 1) {
            throw new Invalid("send one change at a time: timescale (with reason), addLead, removeLead or priority");
        }
        if (request.timescale() != null) {
            return editing.moveDue(id, ref, timescale(request.timescale()), request.reason(), actor);
        }
        if (request.priority() != null) {
            return editing.setPriority(id, ref, request.priority(), request.reason(), actor);
        }
        boolean add = request.addLead() != null;
        return editing.changeLead(id, ref, add, add ? request.addLead() : request.removeLead(), request.reason(), actor);
    }

    @Operation(summary = "An action's changes other than progress (timescale, leads, priority, wording, ref), newest first")
    @Get("/plans/{id}/actions/{ref}/changes")
    List<ActionChanges.Entry> changes(long id, String ref) {
        return changes.of(finding.action(id, ref).id());
    }

    @Get("/boards/{slug}/editing")
    Map<String, String> rule(String slug) {
        return Map.of("leadsMay", rules.of(boards.find(slug).id()).name().toLowerCase(java.util.Locale.ROOT));
    }

    record RuleRequest(String leadsMay) {
    }

    @Operation(summary = "What leads may change on their own actions: nothing, due (the default) or all")
    @Put("/boards/{slug}/editing")
    Map<String, String> setRule(String slug, @Body RuleRequest request, Principal caller) {
        EditRules.LeadsMay rule = rules.set(boards.find(slug).id(), EditRules.LeadsMay.read(request.leadsMay()),
                Actor.api(caller.getName()));
        return Map.of("leadsMay", rule.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Timescale timescale(String wording) {
        try {
            Timescale read = Timescale.read(wording);
            if (read.precision() == DuePrecision.NONE) {
                throw new Invalid("timescale '" + wording + "' has no date in it: write e.g. 'March 2026', '31/03/2026' or 'Ongoing'");
            }
            return read;
        } catch (UnreadableValue e) {
            throw new Invalid(e.getMessage());
        }
    }
}
