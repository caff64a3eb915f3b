package uk.lscb.cse.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import uk.lscb.cse.audit.Actor;

import java.security.Principal;

@Controller("/api/plans/{id}/report")
// Database work and layout: off the event loop, which must stay free to acknowledge Slack within 3 s.
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportController {
    private final ProducingReports producing;

    ReportController(ProducingReports producing) {
        this.producing = producing;
    }

    @Operation(summary = "The board report for a period, as PDF, Excel or printable HTML",
            description = "format: pdf (default), xlsx or html. from, to: 2016-03-31; defaults: from the day after the"
                    + " last report (or three months back) to today. The report is as at the end of 'to'.")
    @Get
    HttpResponse<byte[]> report(long id, @Nullable @QueryValue String format, @Nullable @QueryValue String from,
                                @Nullable @QueryValue String to, Principal caller) {
        ProducingReports.Produced produced = producing.produce(id, from, to, ReportFormat.read(format),
                Actor.api(caller.getName()));
        return HttpResponse.ok(produced.bytes())
                .contentType(MediaType.of(produced.format().mediaType))
                .header("Content-Disposition", (produced.format() == ReportFormat.HTML ? "inline" : "attachment")
                        + "; filename=\"" + produced.fileName() + "\"");
    }
}
