package uk.lscb.cse.plan.transfer;

import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * An Excel workbook (.xlsx): the plan is the first sheet, or the one named by {@code ?sheet=}; a sheet
 * called "Recommendations" gives the recommendations' text (ref in its first column, text in its
 * second). Cells merged down (a lead or timescale shared by several actions) count for every row they
 * cover; a row whose only cell is merged across the table is a theme heading. Dates are read as dates.
 * POI's zip-bomb guard (ZipSecureFile's inflate ratio and sizes) is left at its defaults.
 */
@Singleton
class XlsxPlanFormat {
    private static final DataFormatter TEXT = new DataFormatter(Locale.UK);
    private static final int MAX_COLUMNS = 100;
    private static final int MAX_ROWS = 20_000;

    ReadPlan read(byte[] file, String title, String sheetName, Set<String> knownAgencies) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = sheetName == null || sheetName.isBlank() ? workbook.getSheetAt(0) : workbook.getSheet(sheetName.strip());
            if (sheet == null) {
                List<String> names = IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
                throw TabularPlan.refused("sheet", "the workbook has no sheet called '" + sheetName.strip() + "'; its sheets: "
                        + String.join(", ", names));
            }
            List<PlanDocument.Recommendation> recommendations = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.getSheetName(i).strip().toLowerCase(Locale.ROOT).startsWith("recommendation")
                        && workbook.getSheetAt(i) != sheet) {
                    recommendations.addAll(recommendations(workbook.getSheetAt(i)));
                }
            }
            return TabularPlan.read(rows(sheet), title, recommendations, knownAgencies, "sheet '" + sheet.getSheetName() + "'");
        } catch (IOException | RuntimeException e) {
            throw OfficeFiles.unreadable(e, "Excel workbook (.xlsx)");
        }
    }

    private static List<TableRow> rows(Sheet sheet) {
        Map<Long, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            // Clipped: a region merged over a whole sheet is still only as big as a plan can be.
            for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), region.getFirstRow() + MAX_ROWS); r++) {
                for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), MAX_COLUMNS); c++) {
                    merged.put(key(r, c), region);
                }
            }
        }
        // The table's width from the cells that hold something: a sheet formatted to its last column
        // or row must not become a million empty cells.
        int width = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getColumnIndex() >= width && cell.getColumnIndex() < MAX_COLUMNS && text(row, cell.getColumnIndex()) != null) {
                    width = cell.getColumnIndex() + 1;
                }
            }
        }
        List<TableRow> rows = new ArrayList<>();
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null && !merged.containsKey(key(r, 0))) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            Set<Integer> continued = new HashSet<>();
            for (int c = 0; c < width; c++) {
                CellRangeAddress region = merged.get(key(r, c));
                if (region != null && (region.getFirstRow() != r || region.getFirstColumn() != c)) {
                    // Merged down: the top cell's text belongs to this row too; merged across: said once.
                    boolean down = region.getFirstRow() != r && region.getFirstColumn() == c;
                    cells.add(down ? text(sheet.getRow(region.getFirstRow()), c) : null);
                    if (down) {
                        continued.add(c);
                    }
                } else {
                    cells.add(text(row, c));
                }
            }
            CellRangeAddress first = firstFilled(cells) < 0 ? null : merged.get(key(r, firstFilled(cells)));
            boolean spans = first != null && first.getFirstRow() == r && first.getLastColumn() - first.getFirstColumn() + 1 >= Math.max(2, width / 2);
            String where = "row " + (r + 1);
            rows.add(spans && countFilled(cells) == 1 ? TableRow.heading(where, cells.get(firstFilled(cells)))
                    : new TableRow(where, cells, continued));
        }
        return rows;
    }

    private static List<PlanDocument.Recommendation> recommendations(Sheet sheet) {
        List<PlanDocument.Recommendation> list = new ArrayList<>();
        for (Row row : sheet) {
            String ref = text(row, 0);
            String text = text(row, 1);
            if (ref == null || text == null || PlanHeaders.meaning(ref).isPresent()) {
                continue; // blank, or the sheet's heading row
            }
            list.add(new PlanDocument.Recommendation(ref.strip().replaceAll("[.)]$", ""), text.strip()));
        }
        return list;
    }

    private static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            // A date typed into a cell is a number formatted as a date: read it as the day it shows, never as
            // the locale's month/day order.
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : cell.getCellType() == CellType.FORMULA ? TEXT.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString()) : TEXT.formatCellValue(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            default -> null;
        };
        return text == null || text.isBlank() ? null : text;
    }

    private static int firstFilled(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null && !cells.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static long countFilled(List<String> cells) {
        return cells.stream().filter(c -> c != null && !c.isBlank()).count();
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
