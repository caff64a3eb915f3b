package uk.lscb.cse.report;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Serves a report through its single-use link: the token in the path is the only credential. */
@Controller("/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
class DownloadController {
    private final DownloadLinks links;

    DownloadController(DownloadLinks links) {
        this.links = links;
    }

    @Get("/{token}")
    HttpResponse<byte[]> download(String token) {
        DownloadLinks.Download download = links.fetch(token);
        return HttpResponse.ok(download.bytes()).contentType(MediaType.of(download.mediaType()))
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer");
    }
}
