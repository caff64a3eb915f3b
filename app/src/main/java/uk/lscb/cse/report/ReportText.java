package uk.lscb.cse.report;

import org.apache.commons.text.StringEscapeUtils;
import uk.lscb.cse.plan.Rag;
import uk.lscb.cse.report.BoardReport.NoteLine;
import uk.lscb.cse.report.BoardReport.TimescaleLine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Wording and colours the HTML (and so the PDF) and the workbook share, so both say the same thing. */
final class ReportText {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    static final String NO_UPDATE = "No update this period";

    private ReportText() {
    }

    /** "No update this period; last note 1 Jul 2015": how long it has been is what the board asks next. */
    static String noUpdate(BoardReport.ActionRow row) {
        return NO_UPDATE + (row.latest() == null ? "" : "; last note " + row.latest().on().format(DAY));
    }

    static String period(BoardReport report) {
        return report.period().from().format(LONG_DAY) + " to " + report.period().to().format(LONG_DAY);
    }

    /** "end of 31 March 2016", or the time it was produced when that came first. */
    static String asAt(BoardReport report) {
        ZoneId zone = ZoneId.of(report.timeZone());
        LocalDate lastDay = report.period().to();
        Instant end = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        return report.asAt().equals(end) ? "end of " + lastDay.format(LONG_DAY)
                : report.asAt().atZone(zone).format(TIME);
    }

    static String rag(Rag rag) {
        return rag == null ? "New this period" : rag.label();
    }

    /** Fill (hex RGB) and text colour of a RAG cell; the word is always written in it too. */
    static String fill(Rag rag) {
        if (rag == null) {
            return "FFFFFF";
        }
        return switch (rag) {
            case RED -> "C0392B";
            case AMBER -> "F0A30A";
            case GREEN -> "2E8B57";
            case COMPLETE -> "2F6DB5";
            case NOT_RATED -> "F2F2F2";
            default -> "D9D9D9";
        };
    }

    /** The short label a chart segment carries: R, A, G, C, and NS / NR for not started and not rated. */
    static String letters(Rag rag) {
        return switch (rag) {
            case NOT_STARTED -> "NS";
            case NOT_RATED -> "NR";
            default -> rag.label().substring(0, 1);
        };
    }

    static String ink(Rag rag) {
        return rag == Rag.RED || rag == Rag.GREEN || rag == Rag.COMPLETE ? "FFFFFF" : "000000";
    }

    /** The plan's wording, then the current due date and its slips. */
    static List<String> timescale(TimescaleLine t) {
        List<String> lines = new java.util.ArrayList<>();
        if (t.wording() != null && !t.wording().isBlank()) {
            lines.add(t.wording().strip());
        }
        if (t.due() != null) {
            lines.add("Due " + t.due().format(DAY));
        }
        if (t.slips() > 0) {
            lines.add((t.originalDue() == null ? "" : "Originally " + t.originalDue().format(DAY) + "; ")
                    + "moved " + ReportSections.times(t.slips())
                    + (t.slipsInPeriod() > 0 ? " (" + t.slipsInPeriod() + " this period)" : ""));
        }
        return lines;
    }

    /** "12 Feb 2016, Jo Bloggs (Police): …" */
    static String byline(NoteLine note) {
        return note.on().format(DAY) + ", " + note.author() + (note.agency() == null ? "" : " (" + note.agency() + ")");
    }

    static String html(String text) {
        return text == null ? "" : StringEscapeUtils.escapeXml10(text).replace("\n", "<br/>");
    }

    /** A CSS string literal (the page footer's content). */
    static String css(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
