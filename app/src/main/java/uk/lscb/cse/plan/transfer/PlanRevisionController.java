package uk.lscb.cse.plan.transfer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;
import uk.lscb.cse.plan.FindingActions;

import java.security.Principal;
import java.util.List;

/** A new version of a plan, taken in place of the old (its actions keep their history), and what each version changed. */
@Controller("/api/plans/{id}")
// Database work: off the event loop, which must stay free to acknowledge Slack within 3 s.
@ExecuteOn(TaskExecutors.BLOCKING)
class PlanRevisionController {
    private final RevisingPlan revising;
    private final ImportingPlanFiles files;
    private final YamlPlanFormat yaml;
    private final FindingActions finding;
    private final Boards boards;
    private final PlanVersions versions;

    PlanRevisionController(RevisingPlan revising, ImportingPlanFiles files, YamlPlanFormat yaml, FindingActions finding,
                           Boards boards, PlanVersions versions) {
        this.revising = revising;
        this.files = files;
        this.yaml = yaml;
        this.finding = finding;
        this.boards = boards;
        this.versions = versions;
    }

    @Operation(summary = "Revise a plan: import a new version of it in place",
            description = "The same CSV, YAML, .xlsx or .docx as an import. Actions are matched by ref, else by wording;"
                    + " matched actions keep their history, dropped ones are retired, new ones added. ?dryRun=true returns"
                    + " the changes and writes nothing; applying needs ?reason=. A CSV or office file keeps the plan's title"
                    + " unless ?title= is given.")
    @Put
    @Consumes({PlanFileController.CSV, PlanFileController.YAML, "text/yaml", "application/x-yaml"})
    PlanDiff revise(long id, HttpRequest<?> request, @Body String body, @Nullable @QueryValue String title,
                    @Nullable @QueryValue Boolean dryRun, @Nullable @QueryValue String reason, Principal caller) {
        boolean csv = request.getContentType().map(MediaType::getName).orElse("").equalsIgnoreCase(PlanFileController.CSV);
        PlanDocument document = csv ? files.csvDocument(board(id), body, title(id, title)) : yaml.read(body);
        return revising.revise(id, document, reason, Boolean.TRUE.equals(dryRun), Actor.api(caller.getName()));
    }

    @Operation(summary = "Revise a plan with a new version as an Excel workbook or a Word document")
    @Put
    @Consumes({PlanFileController.XLSX, PlanFileController.DOCX, MediaType.APPLICATION_OCTET_STREAM})
    PlanDiff reviseOfficeFile(long id, @Body byte[] body, @Nullable @QueryValue String title,
                              @Nullable @QueryValue String sheet, @Nullable @QueryValue Boolean dryRun,
                              @Nullable @QueryValue String reason, Principal caller) {
        PlanDocument document = files.officeDocument(board(id), body, title(id, title), sheet);
        return revising.revise(id, document, reason, Boolean.TRUE.equals(dryRun), Actor.api(caller.getName()));
    }

    private Board board(long planId) {
        return boards.withId(finding.plan(planId).boardId()).orElseThrow();
    }

    private String title(long planId, String title) {
        return title == null || title.isBlank() ? finding.plan(planId).title() : title.strip();
    }

    @Operation(summary = "The plan's versions: who revised it, when, why and what changed")
    @Get("/versions")
    List<PlanVersions.Version> versions(long id) {
        finding.plan(id);
        return versions.of(id);
    }

    @Operation(summary = "Actions retired by a revision, with the version that removed them")
    @Get("/retired")
    List<PlanVersions.Retired> retired(long id) {
        finding.plan(id);
        return versions.retired(id);
    }
}
