package uk.lscb.cse.report;

import uk.lscb.cse.plan.Rag;
import uk.lscb.cse.report.BoardReport.ActionRow;
import uk.lscb.cse.report.BoardReport.ExceptionRow;
import uk.lscb.cse.report.BoardReport.NoteLine;
import uk.lscb.cse.report.BoardReport.RecommendationRow;
import uk.lscb.cse.report.BoardReport.ThemeSection;

import java.util.List;
import java.util.Objects;

import static uk.lscb.cse.report.ReportText.html;

/**
 * The report as one printable XHTML page: what the HTML format returns and what openhtmltopdf lays
 * out as the PDF (A4 landscape; table headers repeat on each page; the footer carries the marking,
 * the as-at time and the page number). Well-formed XML, as the PDF renderer parses it.
 */
final class ReportHtml {
    private static final String STYLE = """
            @page { size: A4 landscape; margin: 14mm 12mm 18mm 12mm;
              @top-right { content: %1$s; font: bold 9pt sans-serif; }
              @bottom-left { content: %2$s; font: 8pt sans-serif; color: #333; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; } }
            body { font-family: sans-serif; font-size: 9pt; color: #000; }
            h1 { font-size: 18pt; margin: 0 0 4pt 0; } h2 { font-size: 13pt; margin: 10pt 0 4pt 0; }
            h2.section { page-break-before: always; }
            p.aim { font-style: italic; margin: 0 0 6pt 0; }
            table { width: 100%%; border-collapse: collapse; -fs-table-paginate: paginate; margin-bottom: 8pt; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            th { background: #E7E6E6; text-align: left; }
            th, td { border: 0.6pt solid #444; padding: 3pt; vertical-align: top; }
            td.rag { font-weight: bold; text-align: center; white-space: nowrap; }
            tr.objective td { background: #F2F2F2; font-style: italic; }
            .priority { font-weight: bold; }
            .note { margin-bottom: 3pt; } .byline { font-weight: bold; }
            .none { color: #555; font-style: italic; }
            .flag { font-weight: bold; }
            """;

    private ReportHtml() {
    }

    static String render(BoardReport report) {
        StringBuilder out = new StringBuilder(64 * 1024);
        String footer = report.marking() + "  \u00b7  " + report.boardName() + "  \u00b7  As at " + ReportText.asAt(report);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>")
                .append(html(report.planTitle())).append(" \u2013 progress report</title><style>")
                .append(STYLE.formatted(ReportText.css(report.marking()), ReportText.css(footer)))
                .append("</style></head><body>");
        ReportCover.render(report, out);
        exceptions(report.exceptions(), out);
        for (ThemeSection theme : report.themes()) {
            theme(theme, out);
        }
        recommendations(report.recommendations(), out);
        ReportCover.kpisAndLegend(report, out);
        return out.append("</body></html>").toString();
    }

    static void ragCell(Rag rag, StringBuilder out) {
        out.append("<td class=\"rag\" style=\"background:#").append(ReportText.fill(rag)).append(";color:#")
                .append(ReportText.ink(rag)).append("\">").append(html(ReportText.rag(rag))).append("</td>");
    }

    static void header(StringBuilder out, String... columns) {
        out.append("<table><thead><tr>");
        for (String column : columns) {
            String[] parts = column.split("\\|");
            out.append("<th").append(parts.length > 1 ? " style=\"width:" + parts[1] + "\"" : "").append('>')
                    .append(html(parts[0])).append("</th>");
        }
        out.append("</tr></thead><tbody>");
    }

    private static void exceptions(List<ExceptionRow> exceptions, StringBuilder out) {
        out.append("<h2 class=\"section\">Exceptions</h2>");
        if (exceptions.isEmpty()) {
            out.append("<p>No action is red, slipped, went overdue or is a priority not green this period.</p>");
            return;
        }
        header(out, "Ref|5%", "Action|24%", "Why|13%", "Lead(s)|12%", "Timescale|12%", "RAG now|7%", "Latest note|27%");
        for (ExceptionRow row : exceptions) {
            out.append("<tr><td>").append(html(row.ref())).append("</td><td>").append(html(row.text()))
                    .append("<br/><span class=\"none\">").append(html(row.theme())).append("</span></td><td>")
                    .append(html(String.join("\n", row.reasons()))).append("</td><td>")
                    .append(html(String.join(", ", row.leads()))).append("</td><td>")
                    .append(html(String.join("\n", ReportText.timescale(row.timescale())))).append("</td>");
            ragCell(row.now(), out);
            out.append("<td>");
            note(row.latest(), "No note yet", out);
            out.append("</td></tr>");
        }
        out.append("</tbody></table>");
    }

    private static void theme(ThemeSection theme, StringBuilder out) {
        out.append("<h2 class=\"section\">").append(theme.position()).append(". ").append(html(theme.name())).append("</h2>");
        if (theme.aim() != null && !theme.aim().isBlank()) {
            out.append("<p class=\"aim\">").append(html(theme.aim())).append("</p>");
        }
        if (theme.actions().isEmpty()) {
            out.append("<p class=\"none\">No actions in this theme.</p>");
            return;
        }
        header(out, "Ref|5%", "Action|25%", "Lead(s)|12%", "Timescale|12%", "RAG at start|7%", "RAG now|7%",
                "Progress this period|32%");
        String objective = null;
        for (ActionRow row : theme.actions()) {
            if (row.objective() != null && !Objects.equals(row.objective(), objective)) {
                out.append("<tr class=\"objective\"><td colspan=\"7\">").append(html(row.objective())).append("</td></tr>");
            }
            objective = row.objective();
            out.append("<tr><td>").append(html(row.ref())).append("</td><td")
                    .append(row.priority() ? " class=\"priority\">Priority: " : ">").append(html(row.text()))
                    .append("</td><td>").append(html(String.join(", ", row.leads())))
                    .append(row.noOneToChase() ? "<br/><span class=\"flag\">No one to chase</span>" : "")
                    .append("</td><td>").append(html(String.join("\n", ReportText.timescale(row.timescale()))))
                    .append(row.overdue() ? "<br/><span class=\"flag\">Overdue</span>" : "").append("</td>");
            ragCell(row.start(), out);
            ragCell(row.now(), out);
            out.append("<td>");
            if (row.notes().isEmpty()) {
                out.append("<span class=\"none\">").append(html(ReportText.noUpdate(row))).append("</span>");
            }
            row.notes().forEach(n -> note(n, null, out));
            out.append("</td></tr>");
        }
        out.append("</tbody></table>");
    }

    private static void note(NoteLine note, String none, StringBuilder out) {
        if (note == null) {
            out.append("<span class=\"none\">").append(html(none)).append("</span>");
            return;
        }
        out.append("<div class=\"note\"><span class=\"byline\">").append(html(ReportText.byline(note)))
                .append(":</span> ").append(html(note.text())).append("</div>");
    }

    private static void recommendations(List<RecommendationRow> recommendations, StringBuilder out) {
        if (recommendations.isEmpty()) {
            return;
        }
        out.append("<h2 class=\"section\">Review recommendations</h2>");
        header(out, "Ref|6%", "Recommendation|44%", "Actions answering it (RAG now)|30%", "For the board|20%");
        for (RecommendationRow row : recommendations) {
            out.append("<tr><td>").append(html(row.ref())).append("</td><td>").append(html(row.text())).append("</td><td>")
                    .append(html(String.join(", ", row.actions().stream().map(a -> a.ref() + " " + a.now().label())
                            .toList()))).append("</td><td class=\"flag\">").append(html(row.flag())).append("</td></tr>");
        }
        out.append("</tbody></table>");
    }
}
