package uk.lscb.cse.report;

import uk.lscb.cse.plan.Rag;
import uk.lscb.cse.report.BoardReport.Headline;
import uk.lscb.cse.report.BoardReport.KpiRow;
import uk.lscb.cse.report.BoardReport.LegendEntry;
import uk.lscb.cse.report.BoardReport.ThemeSection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static uk.lscb.cse.report.ReportText.html;

/**
 * The cover (headline counts, RAG at the start and end, a stacked bar per theme) and the closing
 * KPI and legend sections. The bars are table cells, not an image: each segment carries its
 * letter and count, and a column beside the bar spells the counts out, so a black-and-white copy
 * reads as well as a colour one.
 */
final class ReportCover {
    private ReportCover() {
    }

    static void render(BoardReport report, StringBuilder out) {
        out.append("<h1>").append(html(report.boardName())).append("</h1><h2>").append(html(report.planTitle()))
                .append("</h2><p><b>Progress report: ").append(html(ReportText.period(report))).append("</b><br/>As at ")
                .append(html(ReportText.asAt(report))).append(". ").append(html(report.marking())).append(".</p>");
        Headline h = report.headline();
        ReportHtml.header(out, "Actions", "Completed this period", "Slipped (due date moved)", "Overdue",
                "Not updated this period", "No one to chase", "Priority actions not green");
        out.append("<tr>");
        for (int n : new int[]{h.actions(), h.completed(), h.slipped(), h.overdue(), h.notUpdated(), h.noOneToChase(),
                h.priorityNotGreen()}) {
            out.append("<td style=\"font-size:14pt;font-weight:bold;text-align:center\">").append(n).append("</td>");
        }
        out.append("</tr></tbody></table>");
        ReportHtml.header(out, "RAG|28%", "At the start of the period|24%", "At the end of the period|24%", "Change|24%");
        for (Rag rag : shown(report.startCounts(), report.endCounts())) {
            int start = report.startCounts().get(rag);
            int end = report.endCounts().get(rag);
            out.append("<tr>");
            ReportHtml.ragCell(rag, out);
            out.append("<td>").append(start).append("</td><td>").append(end).append("</td><td>")
                    .append(end == start ? "no change" : (end > start ? "+" : "\u2013") + Math.abs(end - start))
                    .append("</td></tr>");
        }
        out.append("</tbody></table>");
        chart(report, out);
    }

    /** RAGs any count mentions, in RAG order (worst first). */
    static List<Rag> shown(Map<Rag, Integer> start, Map<Rag, Integer> end) {
        List<Rag> shown = new ArrayList<>();
        for (Rag rag : Rag.values()) {
            if (start.getOrDefault(rag, 0) > 0 || end.getOrDefault(rag, 0) > 0) {
                shown.add(rag);
            }
        }
        return shown;
    }

    private static void chart(BoardReport report, StringBuilder out) {
        out.append("<h2>RAG by theme: start and end of the period</h2>");
        ReportHtml.header(out, "Theme|22%", "Actions by RAG|50%", "Counts|28%");
        for (ThemeSection theme : report.themes()) {
            if (theme.actions().isEmpty()) {
                continue;
            }
            // One row per theme, both bars in it: a page break never parts a theme's start from its end.
            out.append("<tr><td><b>").append(html(theme.position() + ". " + theme.name())).append("</b></td><td>")
                    .append("<table style=\"margin:0\"><tr><td style=\"border:none;width:12%;padding:2pt 0\">Start</td><td")
                    .append(" style=\"border:none;padding:1pt 0\">");
            bar(theme.startCounts(), out);
            out.append("</td></tr><tr><td style=\"border:none;padding:2pt 0\">Now</td><td style=\"border:none;padding:1pt 0\">");
            bar(theme.endCounts(), out);
            out.append("</td></tr></table></td><td>Start: ").append(html(words(theme.startCounts())))
                    .append("<br/>Now: ").append(html(words(theme.endCounts()))).append("</td></tr>");
        }
        out.append("</tbody></table>");
    }

    private static String words(Map<Rag, Integer> counts) {
        List<String> words = new ArrayList<>();
        counts.forEach((rag, n) -> {
            if (n > 0) {
                words.add(rag.label() + " " + n);
            }
        });
        return words.isEmpty() ? "none yet" : String.join(", ", words);
    }

    private static void bar(Map<Rag, Integer> counts, StringBuilder out) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            out.append("<span class=\"none\">not yet in the plan</span>");
            return;
        }
        out.append("<table style=\"table-layout:fixed;margin:0\"><tr>");
        for (Rag rag : Rag.values()) {
            int n = counts.getOrDefault(rag, 0);
            if (n == 0) {
                continue;
            }
            double width = 100.0 * n / total;
            out.append("<td class=\"rag\" style=\"border:0.6pt solid #000;padding:2pt 0;width:")
                    .append(String.format(java.util.Locale.ROOT, "%.2f", width)).append("%;background:#")
                    .append(ReportText.fill(rag)).append(";color:#").append(ReportText.ink(rag)).append("\">")
                    .append(width >= 7 ? ReportText.letters(rag) + " " + n : "").append("</td>");
        }
        out.append("</tr></table>");
    }

    static void kpisAndLegend(BoardReport report, StringBuilder out) {
        if (!report.kpis().isEmpty()) {
            out.append("<h2 class=\"section\">Key performance indicators</h2>");
            ReportHtml.header(out, "Measure|34%", "Owner|14%", "Target|10%", "Better when|8%", "Values by period|34%");
            for (KpiRow kpi : report.kpis()) {
                out.append("<tr><td>").append(html(kpi.measure())).append("</td><td>").append(html(kpi.owner()))
                        .append("</td><td>").append(html(kpi.target())).append("</td><td>").append(html(kpi.direction()))
                        .append("</td><td>").append(html(String.join("\n", kpi.values().stream()
                                .map(v -> v.period() + ": " + v.value()).toList()))).append("</td></tr>");
            }
            out.append("</tbody></table><p class=\"none\">Exact figures, as this report is restricted: wherever others"
                    + " can see them, small counts are shown as \u201cfewer than\u201d.</p>");
        }
        // Kept on one page: a legend split in two is read as two legends.
        out.append("<div style=\"page-break-inside:avoid\"><h2>RAG legend</h2>");
        ReportHtml.header(out, "RAG|15%", "What it means on this board|85%");
        for (LegendEntry entry : report.legend()) {
            out.append("<tr>");
            ReportHtml.ragCell(entry.rag(), out);
            out.append("<td>").append(html(entry.meaning())).append("</td></tr>");
        }
        out.append("</tbody></table></div>");
    }
}
