package uk.lscb.cse.plan.transfer

import org.apache.poi.ss.util.CellRangeAddress
import org.apache.poi.xssf.usermodel.XSSFWorkbook
import org.apache.poi.xwpf.usermodel.XWPFDocument
import uk.lscb.cse.support.PlanWorkbooks
import uk.lscb.cse.support.ServiceSpec

import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

/** Plans as boards keep them: Excel sheets and Word tables, with their own headings. */
class OfficePlanFilesSpec extends ServiceSpec {
    static final String XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    static final String DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

    Reply postFile(String path, byte[] body, String contentType) {
        def request = HttpRequest.newBuilder(URI.create("http://localhost:${server.port}$path"))
                .header('Authorization', "Bearer $TOKEN").header('Content-Type', contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build()
        def response = http.send(request, HttpResponse.BodyHandlers.ofString())
        new Reply(response.statusCode(), response.body(), '')
    }

    PlanDocument seed(String file) {
        bean(YamlPlanFormat).read(SeedPlansSpec.seed(file))
    }

    def 'the #file plan built as #format imports to the same counts as its YAML'() {
        given:
        String slug = boardWithPeople('office')
        def fromYaml = post("/api/boards/$slug/plans", SeedPlansSpec.seed(file), 'application/yaml').json
        byte[] built = format == 'xlsx' ? PlanWorkbooks.xlsx(seed(file)) : PlanWorkbooks.docx(seed(file))

        when:
        def reply = postFile("/api/boards/${boardWithPeople('office')}/plans", built, format == 'xlsx' ? XLSX : DOCX)

        then:
        reply.status == 201
        reply.json.subMap(COUNTS) == fromYaml.subMap(COUNTS)
        reply.json.ignoredColumns == null
        reply.json.columns*.meaning == ['ref', 'objective', 'action', 'how', 'outcomes', 'leads', 'timescale', 'rag',
                                        'progress', 'priority', 'review_refs']

        where:
        [file, format] << [['stockport-2014-16.yaml', 'thurrock-2015-16.yaml', 'north-east-lincolnshire-2016-18.yaml',
                            'manchester-2017-19.yaml'], ['xlsx', 'docx']].combinations()
    }

    static final List<String> COUNTS = ['themes', 'actions', 'leads', 'rag', 'recommendations', 'flaggedTimescales', 'generatedRefs']

    def 'a sheet headed as boards head theirs imports its leads, dates and progress, and says which column went where'() {
        given:
        String slug = boardWithPeople('headings')
        def workbook = new XSSFWorkbook()
        def sheet = workbook.createSheet('CSE plan')
        PlanWorkbooks.row(sheet, 0, ['Ref', 'Action', 'Lead', 'Timescales', 'Outcome', 'RAG', 'Current Position', 'Budget code'])
        PlanWorkbooks.row(sheet, 1, ['1.1', 'Map provision', 'Police / Health', 'Sept 2015', 'Mapped', 'G', 'Mapping under way', 'X1'])

        when:
        def reply = postFile("/api/boards/$slug/plans?title=Plan", PlanWorkbooks.bytes { workbook.write(it) }, XLSX)
        def action = get("/api/plans/${reply.json.planId}/actions/1.1").json

        then:
        reply.status == 201
        reply.json.columns == [[heading: 'Ref', meaning: 'ref'], [heading: 'Action', meaning: 'action'],
                               [heading: 'Lead', meaning: 'leads'], [heading: 'Timescales', meaning: 'timescale'],
                               [heading: 'Outcome', meaning: 'outcomes'], [heading: 'RAG', meaning: 'rag'],
                               [heading: 'Current Position', meaning: 'progress']]
        reply.json.ignoredColumns == ['Budget code']
        reply.json.warnings == null
        action.leadAgencies == ['Health', 'Police']
        action.timescale.due == '2015-09-30'
        action.rag == 'GREEN'
        action.lastUpdate.note == 'Mapping under way'
        action.theme == 'Plan'
    }

    def 'a sheet with several heading rows, a merged theme row, cells merged down and a named sheet'() {
        given:
        String slug = boardWithPeople('merged')
        def workbook = new XSSFWorkbook()
        workbook.createSheet('Notes').createRow(0).createCell(0).setCellValue('Read me first')
        def sheet = workbook.createSheet('Plan 2016')
        PlanWorkbooks.row(sheet, 0, ['Action', 'Lead agency', 'Timescale & Progress', null, 'RAG Rating'])
        PlanWorkbooks.row(sheet, 1, [null, null, 'By when', 'Progress in Dec 16', null])
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3))
        PlanWorkbooks.row(sheet, 2, ['Prevention'])
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 4))
        PlanWorkbooks.row(sheet, 3, ['Train staff', 'Education', 'March 2016', 'Booked', 'A'])
        PlanWorkbooks.row(sheet, 4, ['Brief governors', null, null, 'Done in 3 schools', 'G'])
        sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 1))
        sheet.addMergedRegion(new CellRangeAddress(3, 4, 2, 2))
        PlanWorkbooks.row(sheet, 5, ['Pursuit'])
        sheet.addMergedRegion(new CellRangeAddress(5, 5, 0, 4))
        PlanWorkbooks.row(sheet, 6, ['Disrupt perpetrators', 'Police', 'Ongoing', null, null])

        when:
        def reply = postFile("/api/boards/$slug/plans?title=Merged&sheet=Plan%202016", PlanWorkbooks.bytes { workbook.write(it) }, XLSX)
        def actions = get("/api/plans/${reply.json.planId}/actions").json

        then:
        reply.status == 201
        reply.json.themes == 2
        reply.json.columns*.heading == ['Action', 'Lead agency', 'By when', 'Progress in Dec 16', 'RAG Rating']
        actions.collect { [it.theme, it.text, it.leadAgencies, it.timescale.text, it.rag] } == [
                ['Prevention', 'Train staff', ['Education'], 'March 2016', 'AMBER'],
                ['Prevention', 'Brief governors', ['Education'], 'March 2016', 'COMPLETE'], // G, and "Done ..." opens its progress
                ['Pursuit', 'Disrupt perpetrators', ['Police'], 'Ongoing', 'NOT_RATED']]

        when: 'a sheet that is not there'
        def missing = postFile("/api/boards/$slug/plans?sheet=Plan%202017", PlanWorkbooks.bytes { workbook.write(it) }, XLSX)

        then:
        missing.status == 400
        missing.json.problems[0].reason == "the workbook has no sheet called 'Plan 2017'; its sheets: Notes, Plan 2016"
    }

    def 'a Word table: the heading paragraph and a heading row name themes, a cell of several paragraphs keeps them'() {
        given:
        String slug = boardWithPeople('word')
        def document = new XWPFDocument()
        def heading = document.createParagraph()
        heading.style = 'Heading2'
        heading.createRun().setText('Prevention')
        def table = document.createTable(5, 4)
        PlanWorkbooks.fill(table.getRow(0).tableCells, ['Action', 'Lead', 'Timescale', 'Activity/Evidence'])
        PlanWorkbooks.fill(table.getRow(1).tableCells, ['Train staff', 'Education\nPolice', 'Sept 2015', 'Booked\nVenue found'])
        PlanWorkbooks.fill(table.getRow(2).tableCells, ['Action', 'Lead', 'Timescale', 'Activity/Evidence'])
        PlanWorkbooks.fill(table.getRow(3).tableCells, ['', '', '', 'Trainer confirmed'])
        PlanWorkbooks.spanningRow(table.getRow(4), 'Pursuit')
        def more = table.createRow()
        PlanWorkbooks.fill(more.tableCells, ['Disrupt perpetrators', 'Police', 'Ongoing', ''])

        when:
        def reply = postFile("/api/boards/$slug/plans?title=Word", PlanWorkbooks.bytes { document.write(it) }, DOCX)
        def actions = get("/api/plans/${reply.json.planId}/actions").json

        then: 'the heading row repeated at a page break is skipped, and the row with no action continues the one above'
        reply.status == 201
        actions.collect { [it.theme, it.text, it.leadAgencies, it.lastUpdate.note] } == [
                ['Prevention', 'Train staff', ['Education', 'Police'], 'Booked\nVenue found\nTrainer confirmed'],
                ['Pursuit', 'Disrupt perpetrators', ['Police'], null]]
    }

    def 'a file that is not a plan (#what) is refused saying why, and nothing is written'() {
        given:
        String slug = boardWithPeople('notplan')

        when:
        def reply = postFile("/api/boards/$slug/plans", body(), type)

        then:
        reply.status == 400
        reply.json.problems[0].reason.contains(reason)
        get("/api/boards/$slug/plans").json == []

        where:
        what                  | type   | body                                                     | reason
        'a PDF'               | XLSX   | { '%PDF-1.4 not a plan'.bytes }                          | 'this is not an Excel (.xlsx) or Word (.docx) file'
        'an old .xls'         | 'application/octet-stream' | { [0xD0, 0xCF, 0x11, 0xE0, 0, 0, 0, 0] as byte[] } | 'save it as .xlsx (Excel) or .docx (Word)'
        'a sheet of figures'  | XLSX   | { figures() }                                            | 'does not look like an action plan; it opens with: Referrals'
        'a letter'            | DOCX   | { letter() }                                             | 'does not look like an action plan; it opens with: Dear colleagues'
        'a zip bomb'          | XLSX   | { zipBomb() }                                            | "POI's zip-bomb guard"
        'a truncated file'    | DOCX   | { PlanWorkbooks.docx(new PlanDocument(null, 'T', null, null, [], [], [])).with { Arrays.copyOf(it, 300) } } | 'or it was cut short on the way'
        'a workbook cut short' | XLSX  | { figures().with { Arrays.copyOf(it, it.length - 200) } }  | 'not a readable Excel workbook (.xlsx)'
    }

    static byte[] figures() {
        def workbook = new XSSFWorkbook()
        def sheet = workbook.createSheet('Data')
        PlanWorkbooks.row(sheet, 0, ['Referrals', 'Q1', 'Q2'])
        PlanWorkbooks.row(sheet, 1, ['Police', '12', '14'])
        PlanWorkbooks.bytes { workbook.write(it) }
    }

    static byte[] letter() {
        def document = new XWPFDocument()
        document.createParagraph().createRun().setText('Dear colleagues')
        document.createParagraph().createRun().setText('Please find the minutes attached.')
        PlanWorkbooks.bytes { document.write(it) }
    }

    // A few kilobytes that inflate to 50 MB of spaces: POI refuses it before reading it all.
    static byte[] zipBomb() {
        PlanWorkbooks.bytes { out ->
            new ZipOutputStream(out).withCloseable { zip ->
                zip.putNextEntry(new ZipEntry('[Content_Types].xml'))
                zip.write('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'.bytes)
                zip.putNextEntry(new ZipEntry('xl/workbook.xml'))
                byte[] spaces = (' ' * 1_000_000).bytes
                50.times { zip.write(spaces) }
                zip.closeEntry()
            }
        }
    }
}
