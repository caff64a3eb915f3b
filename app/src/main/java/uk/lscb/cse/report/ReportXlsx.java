package uk.lscb.cse.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.lscb.cse.plan.Rag;
import uk.lscb.cse.report.BoardReport.ActionRow;
import uk.lscb.cse.report.BoardReport.ExceptionRow;
import uk.lscb.cse.report.BoardReport.Headline;
import uk.lscb.cse.report.BoardReport.NoteLine;
import uk.lscb.cse.report.BoardReport.ThemeSection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report as a workbook: a summary sheet, the exceptions, and a sheet per theme with the same
 * table as the PDF. RAG cells are filled in the RAG's colour and carry the word; each table has a
 * filter and its header row frozen, so a board manager can sort and filter it.
 */
final class ReportXlsx {
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final Map<Rag, CellStyle> ragStyles = new EnumMap<>(Rag.class);
    private final CellStyle newStyle;
    private final CellStyle header;
    private final CellStyle wrap;
    private final CellStyle bold;
    private final Set<String> sheetNames = new HashSet<>();

    private ReportXlsx() {
        wrap = book.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        XSSFFont boldFont = book.createFont();
        boldFont.setBold(true);
        bold = book.createCellStyle();
        bold.cloneStyleFrom(wrap);
        bold.setFont(boldFont);
        header = book.createCellStyle();
        header.cloneStyleFrom(bold);
        header.setFillForegroundColor(color("E7E6E6"));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        for (Rag rag : Rag.values()) {
            ragStyles.put(rag, ragStyle(rag));
        }
        newStyle = ragStyle(null);
    }

    static byte[] render(BoardReport report) {
        ReportXlsx xlsx = new ReportXlsx();
        xlsx.summary(report);
        xlsx.exceptions(report.exceptions());
        for (ThemeSection theme : report.themes()) {
            xlsx.theme(theme);
        }
        try (XSSFWorkbook book = xlsx.book; ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024)) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the report workbook", e);
        }
    }

    private void summary(BoardReport report) {
        Sheet sheet = sheet("Summary");
        int r = 0;
        text(sheet.createRow(r++), 0, report.boardName(), bold);
        text(sheet.createRow(r++), 0, report.planTitle(), bold);
        text(sheet.createRow(r++), 0, "Progress report: " + ReportText.period(report), wrap);
        text(sheet.createRow(r++), 0, "As at " + ReportText.asAt(report) + ". " + report.marking(), wrap);
        r++;
        Headline h = report.headline();
        String[] names = {"Actions", "Completed this period", "Slipped (due date moved)", "Overdue",
                "Not updated this period", "No one to chase", "Priority actions not green"};
        int[] counts = {h.actions(), h.completed(), h.slipped(), h.overdue(), h.notUpdated(), h.noOneToChase(),
                h.priorityNotGreen()};
        for (int i = 0; i < names.length; i++) {
            Row row = sheet.createRow(r++);
            text(row, 0, names[i], wrap);
            row.createCell(1).setCellValue(counts[i]);
        }
        r++;
        headerRow(sheet.createRow(r++), "RAG", "At the start", "At the end");
        for (Rag rag : ReportCover.shown(report.startCounts(), report.endCounts())) {
            Row row = sheet.createRow(r++);
            rag(row, 0, rag);
            row.createCell(1).setCellValue(report.startCounts().get(rag));
            row.createCell(2).setCellValue(report.endCounts().get(rag));
        }
        r++;
        headerRow(sheet.createRow(r++), "RAG", "What it means on this board");
        for (BoardReport.LegendEntry entry : report.legend()) {
            Row row = sheet.createRow(r++);
            rag(row, 0, entry.rag());
            text(row, 1, entry.meaning(), wrap);
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 14 * 256);
    }

    private void exceptions(List<ExceptionRow> exceptions) {
        Sheet sheet = sheet("Exceptions");
        headerRow(sheet.createRow(0), "Ref", "Action", "Theme", "Why", "Lead(s)", "Timescale", "RAG now", "Latest note");
        int r = 1;
        for (ExceptionRow e : exceptions) {
            Row row = sheet.createRow(r++);
            text(row, 0, e.ref(), wrap);
            text(row, 1, e.text(), wrap);
            text(row, 2, e.theme(), wrap);
            text(row, 3, String.join("\n", e.reasons()), wrap);
            text(row, 4, String.join("\n", e.leads()), wrap);
            text(row, 5, String.join("\n", ReportText.timescale(e.timescale())), wrap);
            rag(row, 6, e.now());
            text(row, 7, e.latest() == null ? "No note yet" : note(e.latest()), wrap);
        }
        table(sheet, 8, r, new int[]{8, 45, 20, 25, 25, 22, 12, 60});
    }

    private void theme(ThemeSection theme) {
        Sheet sheet = sheet(theme.position() + " " + theme.name());
        headerRow(sheet.createRow(0), "Ref", "Action", "Objective", "Lead(s)", "Timescale", "Due", "Slips",
                "RAG at start", "RAG now", "Progress this period");
        int r = 1;
        for (ActionRow a : theme.actions()) {
            Row row = sheet.createRow(r++);
            text(row, 0, a.ref(), wrap);
            text(row, 1, (a.priority() ? "Priority: " : "") + a.text(), a.priority() ? bold : wrap);
            text(row, 2, a.objective(), wrap);
            text(row, 3, String.join(", ", a.leads()) + (a.noOneToChase() ? "\nNo one to chase" : ""), wrap);
            text(row, 4, a.timescale().wording(), wrap);
            if (a.timescale().due() != null) {
                text(row, 5, a.timescale().due().toString() + (a.overdue() ? " (overdue)" : ""), wrap);
            }
            row.createCell(6).setCellValue(a.timescale().slips());
            rag(row, 7, a.start());
            rag(row, 8, a.now());
            text(row, 9, a.notes().isEmpty() ? ReportText.noUpdate(a)
                    : a.notes().stream().map(ReportXlsx::note).collect(Collectors.joining("\n\n")), wrap);
        }
        table(sheet, 10, r, new int[]{8, 45, 25, 25, 20, 14, 7, 13, 13, 70});
    }

    private static String note(NoteLine note) {
        return ReportText.byline(note) + ": " + note.text();
    }

    /** Sheet names: at most 31 characters, none of []:*?/\, unique in the book. */
    private Sheet sheet(String name) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        safe = safe.length() > 28 ? safe.substring(0, 28).strip() : safe;
        String unique = safe;
        for (int n = 2; !sheetNames.add(unique.toLowerCase()); n++) {
            unique = safe + " " + n;
        }
        return book.createSheet(unique);
    }

    private void table(Sheet sheet, int columns, int rows, int[] widths) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private void headerRow(Row row, String... names) {
        for (int i = 0; i < names.length; i++) {
            text(row, i, names[i], header);
        }
    }

    private void rag(Row row, int column, Rag rag) {
        text(row, column, ReportText.rag(rag), rag == null ? newStyle : ragStyles.get(rag));
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        // Excel's cell limit is 32,767 characters; a theme's notes of a long period can pass it.
        cell.setCellValue(value == null ? "" : value.length() > 32_000 ? value.substring(0, 32_000) + " …" : value);
        cell.setCellStyle(style);
    }

    private CellStyle ragStyle(Rag rag) {
        XSSFCellStyle style = book.createCellStyle();
        style.setFillForegroundColor(color(ReportText.fill(rag)));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        XSSFFont font = book.createFont();
        font.setBold(true);
        font.setColor(color(ReportText.ink(rag)));
        style.setFont(font);
        return style;
    }

    private XSSFColor color(String hex) {
        return new XSSFColor(java.util.HexFormat.of().parseHex(hex), null);
    }
}
