package uk.lscb.cse.plan.transfer;

import jakarta.inject.Singleton;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Word document (.docx): its tables in order are the plan. A heading paragraph before a table, or a
 * row whose only cell spans the table, names the theme of the rows after it. A cell of several
 * paragraphs keeps them as lines. Numbered paragraphs under a heading that names recommendations (or a
 * review's challenges) give the recommendations' text.
 */
@Singleton
class DocxPlanFormat {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)]\\s+(.+)", Pattern.DOTALL);
    private static final int MAX_HEADING = 255;

    ReadPlan read(byte[] file, String title, Set<String> knownAgencies) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            List<TableRow> rows = new ArrayList<>();
            List<PlanDocument.Recommendation> recommendations = new ArrayList<>();
            boolean inRecommendations = false;
            int paragraphs = 0;
            int tables = 0;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraphs++;
                    String text = paragraph.getText().strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    Matcher numbered = NUMBERED.matcher(text);
                    if (inRecommendations && (numbered.matches() || paragraph.getNumID() != null)) {
                        recommendations.add(numbered.matches()
                                ? new PlanDocument.Recommendation(numbered.group(1), numbered.group(2).strip())
                                : new PlanDocument.Recommendation(String.valueOf(recommendations.size() + 1), text));
                        continue;
                    }
                    String lower = text.toLowerCase(Locale.ROOT);
                    inRecommendations = lower.contains("recommendation") || lower.contains("challenges");
                    if (!inRecommendations) {
                        rows.add(heading(paragraph, text) ? TableRow.heading("paragraph " + paragraphs, text)
                                : TableRow.prose("paragraph " + paragraphs, text));
                    }
                } else if (element instanceof XWPFTable table) {
                    inRecommendations = false;
                    rows.addAll(rows(table, ++tables));
                }
            }
            return TabularPlan.read(rows, title, recommendations, knownAgencies, "document");
        } catch (IOException | RuntimeException e) {
            throw OfficeFiles.unreadable(e, "Word document (.docx)");
        }
    }

    // A heading style, or a short paragraph that is bold throughout: how plans mark their themes.
    private static boolean heading(XWPFParagraph paragraph, String text) {
        String style = paragraph.getStyle() == null ? "" : paragraph.getStyle().toLowerCase(Locale.ROOT);
        if (style.startsWith("heading")) {
            return text.length() <= MAX_HEADING;
        }
        List<XWPFRun> runs = paragraph.getRuns().stream().filter(r -> r.text() != null && !r.text().isBlank()).toList();
        return text.length() <= MAX_HEADING && !runs.isEmpty() && runs.stream().allMatch(XWPFRun::isBold);
    }

    private static List<TableRow> rows(XWPFTable table, int number) {
        List<TableRow> rows = new ArrayList<>();
        int width = 0;
        for (XWPFTableRow row : table.getRows()) {
            width = Math.max(width, row.getTableCells().stream().mapToInt(DocxPlanFormat::span).sum());
        }
        Map<Integer, String> above = new HashMap<>();
        int r = 0;
        for (XWPFTableRow row : table.getRows()) {
            r++;
            String where = "table " + number + " row " + r;
            List<XWPFTableCell> tableCells = row.getTableCells();
            if (tableCells.size() == 1 && width > 1) {
                String text = text(tableCells.get(0));
                if (!text.isBlank()) {
                    rows.add(TableRow.heading(where, text));
                }
                continue;
            }
            List<String> cells = new ArrayList<>();
            Set<Integer> continued = new HashSet<>();
            for (XWPFTableCell cell : tableCells) {
                int column = cells.size();
                if (mergedFromAbove(cell)) {
                    cells.add(above.get(column));
                    continued.add(column);
                } else {
                    String text = text(cell);
                    cells.add(text);
                    above.put(column, text);
                }
                for (int extra = 1; extra < span(cell); extra++) {
                    cells.add(null);
                }
            }
            rows.add(new TableRow(where, cells, continued));
        }
        return rows;
    }

    // Each paragraph of a cell on a line of its own: a cell of bullets stays a list.
    private static String text(XWPFTableCell cell) {
        return String.join("\n", cell.getParagraphs().stream().map(p -> p.getText().strip()).filter(t -> !t.isEmpty()).toList());
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null && pr.isSetGridSpan() ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
    }

    private static boolean mergedFromAbove(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null && pr.isSetVMerge() && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
    }
}
