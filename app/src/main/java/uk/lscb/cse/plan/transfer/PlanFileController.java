package uk.lscb.cse.plan.transfer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.security.Principal;

/**
 * Plans in and out as files: CSV (one row per action) or YAML (the whole model) both ways; Excel
 * (.xlsx) and Word (.docx) tables in, as boards keep their plans.
 */
@Controller("/api")
// Database work: off the event loop, which must stay free to acknowledge Slack within 3 s.
@ExecuteOn(TaskExecutors.BLOCKING)
class PlanFileController {
    static final String YAML = "application/yaml";
    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Boards boards;
    private final ImportingPlanFiles importing;
    private final ExportingPlan exporting;
    private final PlanList plans;
    private final YamlPlanFormat yaml;
    private final CsvPlanFormat csv;

    PlanFileController(Boards boards, ImportingPlanFiles importing, ExportingPlan exporting, PlanList plans,
                       YamlPlanFormat yaml, CsvPlanFormat csv) {
        this.boards = boards;
        this.importing = importing;
        this.exporting = exporting;
        this.plans = plans;
        this.yaml = yaml;
        this.csv = csv;
    }

    @Operation(summary = "Import a plan from CSV or YAML",
            description = "201 with the plan id and counts; 400 with every problem (row/field and reason) and nothing "
                    + "written. CSV has no title column: pass ?title=.")
    @Post("/boards/{slug}/plans")
    @Consumes({CSV, YAML, "text/yaml", "application/x-yaml"})
    HttpResponse<ImportReply> importPlan(String slug, HttpRequest<?> request, @Body String body,
                                         @Nullable @QueryValue String title, Principal caller) {
        Board board = boards.find(slug);
        String type = request.getContentType().map(MediaType::getName).orElse("").toLowerCase(Locale.ROOT);
        Actor actor = Actor.api(caller.getName());
        return created(type.equals(CSV) ? importing.csv(board, body, title(board, title), actor)
                : importing.yaml(board, yaml.read(body), actor));
    }

    @Operation(summary = "Import a plan from an Excel workbook or a Word document",
            description = "The first sheet (or ?sheet=) of an .xlsx, or the tables of a .docx; headings matched by meaning. "
                    + "201 with the counts, which column went where, the columns ignored and the actions no one can be "
                    + "chased about; 400 with every problem and nothing written.")
    @Post("/boards/{slug}/plans")
    @Consumes({XLSX, DOCX, MediaType.APPLICATION_OCTET_STREAM})
    HttpResponse<ImportReply> importOfficeFile(String slug, @Body byte[] body, @Nullable @QueryValue String title,
                                               @Nullable @QueryValue String sheet, Principal caller) {
        Board board = boards.find(slug);
        return created(importing.office(board, body, title(board, title), sheet, Actor.api(caller.getName())));
    }

    private static String title(Board board, String title) {
        return title == null || title.isBlank() ? board.name() + " CSE action plan" : title.strip();
    }

    private static HttpResponse<ImportReply> created(ImportReply reply) {
        return HttpResponse.created(reply, URI.create("/api/plans/" + reply.imported().planId()));
    }

    @Get("/boards/{slug}/plans")
    List<PlanList.Listed> list(String slug) {
        return plans.of(boards.find(slug).id());
    }

    @Operation(summary = "Export a plan", description = "YAML by default; CSV with Accept: text/csv.")
    @Get("/plans/{id}")
    @Produces({YAML, CSV})
    HttpResponse<String> export(long id, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        PlanDocument document = exporting.export(id);
        String wanted = accept == null ? YAML : accept.toLowerCase(Locale.ROOT);
        if (wanted.contains(CSV)) {
            return HttpResponse.ok(csv.write(document)).contentType(CSV + ";charset=utf-8");
        }
        if (wanted.contains("yaml") || wanted.contains("*/*")) {
            return HttpResponse.ok(yaml.write(document)).contentType(YAML + ";charset=utf-8");
        }
        throw new Invalid("a plan is exported as application/yaml or text/csv; ask for one of them in Accept");
    }
}
