package uk.lscb.cse.chat.slack.install;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The pages a person installing the app sees in their browser: one short page each, what happened
 * and what to do next. The link's state is in the address, so no page sends a Referer or runs a script.
 */
final class InstallPages {
    private InstallPages() {
    }

    static HttpResponse<String> page(HttpStatus status, String title, String message, String button, String href) {
        String link = button == null ? "" : "<p><a class=\"button\" href=\"" + escape(href) + "\">" + escape(button) + "</a></p>";
        String html = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>%s</title>
                <style>body{font:16px/1.5 system-ui,sans-serif;max-width:36em;margin:4em auto;padding:0 1em;color:#1d3557}
                a.button{display:inline-block;padding:.6em 1.2em;background:#4a154b;color:#fff;border-radius:4px;text-decoration:none}</style>
                </head><body><h1>%s</h1><p>%s</p>%s</body></html>
                """.formatted(escape(title), escape(title), escape(message), link);
        return HttpResponse.<String>status(status).body(html).contentType(MediaType.TEXT_HTML_TYPE)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store");
    }

    static HttpResponse<String> refused(HttpStatus status, String title, String message) {
        return page(status, title, message, null, null);
    }

    static HttpResponse<String> problem(InstallStates.Problem problem) {
        return switch (problem) {
            case FORGED -> refused(HttpStatus.BAD_REQUEST, "This install link is not valid",
                    "It was not made by this service, or it was changed on the way. Nothing was installed. Ask your"
                            + " board's administrator for a new link.");
            case EXPIRED -> refused(HttpStatus.BAD_REQUEST, "This install link has expired",
                    "Install links last a short while. Nothing was installed. Ask your board's administrator for a new link.");
            case USED -> refused(HttpStatus.BAD_REQUEST, "This install link has already been used",
                    "Each link installs the app once. Nothing more was installed. If the app is not in your workspace,"
                            + " ask your board's administrator for a new link.");
        };
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }
}
