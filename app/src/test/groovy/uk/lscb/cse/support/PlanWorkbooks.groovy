package uk.lscb.cse.support

import org.apache.poi.ss.util.CellRangeAddress
import org.apache.poi.xssf.usermodel.XSSFWorkbook
import org.apache.poi.xwpf.usermodel.XWPFDocument
import org.apache.poi.xwpf.usermodel.XWPFTable
import org.apache.poi.xwpf.usermodel.XWPFTableCell
import org.apache.poi.xwpf.usermodel.XWPFTableRow
import uk.lscb.cse.plan.transfer.PlanDocument

/**
 * A plan written the way boards keep theirs, built with POI in the spec: an Excel sheet (title row and
 * theme rows merged across the table, a Recommendations sheet) or a Word document (recommendations as
 * numbered paragraphs, then per theme a heading paragraph and a table with its heading row), with the
 * headings boards use rather than ours.
 */
class PlanWorkbooks {
    static final List<String> HEADINGS = ['Ref', 'Objective', 'Action', 'How will we do this?', 'Anticipated outcomes',
                                          'Lead agency', 'By when', 'RAG Rating', 'Progress in Dec 16', 'Priority',
                                          'Recommendation']

    static List<String> cells(PlanDocument.Action a) {
        [a.ref(), a.objective(), a.action(), a.how(), a.outcomes(), (a.leads() ?: []).join('\n'), a.timescale(), a.rag(),
         a.progress(), a.priority() ? 'yes' : null, (a.reviewRefs() ?: []).join(', ')]
    }

    static byte[] xlsx(PlanDocument plan, List<List<String>> headerRows = [HEADINGS]) {
        def workbook = new XSSFWorkbook()
        def sheet = workbook.createSheet('Action plan')
        int r = 0
        mergedRow(sheet, r++, plan.title())
        headerRows.each { row(sheet, r++, it) }
        plan.themes().each { theme ->
            mergedRow(sheet, r++, theme.name())
            theme.actions().each { row(sheet, r++, cells(it)) }
        }
        if (plan.recommendations()) {
            def recs = workbook.createSheet('Recommendations')
            row(recs, 0, ['No', 'Recommendation'])
            plan.recommendations().eachWithIndex { rec, i -> row(recs, i + 1, [rec.ref(), rec.text()]) }
        }
        bytes { workbook.write(it) }
    }

    static byte[] docx(PlanDocument plan) {
        def document = new XWPFDocument()
        document.createParagraph().createRun().setText(plan.title())
        if (plan.recommendations()) {
            document.createParagraph().createRun().setText('The plan answers these recommendations:')
            plan.recommendations().each { document.createParagraph().createRun().setText("${it.ref()}. ${it.text()}") }
        }
        plan.themes().each { theme ->
            def heading = document.createParagraph()
            heading.style = 'Heading1'
            heading.createRun().setText(theme.name())
            XWPFTable table = document.createTable(theme.actions().size() + 1, HEADINGS.size())
            fill(table.getRow(0).tableCells, HEADINGS)
            theme.actions().eachWithIndex { a, i -> fill(table.getRow(i + 1).tableCells, cells(a)) }
        }
        bytes { document.write(it) }
    }

    /** Each line of a cell as a paragraph of its own, as Word keeps a cell of several lines. */
    static void fill(List<XWPFTableCell> tableCells, List<String> values) {
        values.eachWithIndex { value, i ->
            def cell = tableCells[i]
            (value ?: '').split('\n').eachWithIndex { line, n ->
                def paragraph = n == 0 ? cell.paragraphs[0] : cell.addParagraph()
                paragraph.createRun().setText(line)
            }
        }
    }

    /**
     * A row of one cell across the table, as Word writes a heading row. (Its span is left out: reaching the
     * cell's schema object from Groovy loads schema classes that poi-ooxml-lite does not ship.)
     */
    static void spanningRow(XWPFTableRow row, String text) {
        while (row.getTableCells().size() > 1) {
            row.removeCell(1)
        }
        row.getCell(0).getParagraphs().get(0).createRun().setText(text)
    }

    static void row(sheet, int r, List<String> values) {
        def row = sheet.createRow(r)
        values.eachWithIndex { v, i -> if (v != null) row.createCell(i).setCellValue(v) }
    }

    static void mergedRow(sheet, int r, String text) {
        sheet.createRow(r).createCell(0).setCellValue(text)
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADINGS.size() - 1))
    }

    static byte[] bytes(Closure write) {
        def out = new ByteArrayOutputStream()
        write(out)
        out.toByteArray()
    }
}
