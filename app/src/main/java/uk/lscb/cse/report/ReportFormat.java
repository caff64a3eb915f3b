package uk.lscb.cse.report;

import uk.lscb.cse.Invalid;

import java.util.Locale;

/** The files a report comes as, with what HTTP and chat uploads need to know of each. */
public enum ReportFormat {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    HTML("text/html; charset=utf-8", "html");

    public final String mediaType;
    public final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static ReportFormat read(String text) {
        if (text == null || text.isBlank()) {
            return PDF;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("format '" + text.strip() + "' is not one of pdf, xlsx or html");
        }
    }

    byte[] render(BoardReport report) {
        return switch (this) {
            case PDF -> ReportPdf.render(report);
            case XLSX -> ReportXlsx.render(report);
            case HTML -> ReportHtml.render(report).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
    }
}
