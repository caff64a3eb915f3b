package uk.lscb.cse.report

import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import org.apache.poi.xssf.usermodel.XSSFWorkbook
import spock.lang.Shared
import uk.lscb.cse.support.PlanBoard
import uk.lscb.cse.support.ServiceSpec

import java.net.http.HttpRequest
import java.net.http.HttpResponse

/** The report as files a board manager takes to the meeting: PDF, Excel and printable HTML, over the admin API. */
class ReportFilesSpec extends ServiceSpec {
    @Shared PlanBoard board

    def setupSpec() {
        clock.set('2016-01-15T10:00:00Z')
        board = PlanBoard.withPlan(this, 'files')
        clock.set('2016-02-10T09:30:00Z')
        assert postJson("/api/plans/$board.planId/actions/1.2/updates",
                [rag: 'red', note: 'Web pages delayed: the supplier went under', author: 'pat@police.example']).status == 201
        clock.set('2016-04-02T09:00:00Z')
    }

    Map download(String query, Map<String, String> headers = [:]) {
        def builder = HttpRequest.newBuilder(URI.create("http://localhost:${server.port}/api/plans/$board.planId/report?$query"))
        (['Authorization': "Bearer $TOKEN".toString()] + headers).each { k, v -> builder.header(k, v) }
        def response = http.send(builder.GET().build(), HttpResponse.BodyHandlers.ofByteArray())
        [status: response.statusCode(), bytes: response.body(), type: response.headers().firstValue('Content-Type').orElse(''),
         disposition: response.headers().firstValue('Content-Disposition').orElse('')]
    }

    def 'the PDF has the theme headings, refs, RAG words, a dated note, the marking and numbered A4 landscape pages'() {
        when:
        def file = download('format=pdf&from=2016-02-01&to=2016-03-31')

        then:
        file.status == 200
        file.type == 'application/pdf'
        file.disposition.contains("progress-report-2016-02-01-to-2016-03-31.pdf")

        when:
        def pdf = Loader.loadPDF(file.bytes as byte[])
        // Table cells wrap: read the text as one line.
        String text = new PDFTextStripper().getText(pdf).replaceAll(/\s+/, ' ')

        then:
        pdf.numberOfPages >= 4
        pdf.getPage(0).mediaBox.width > pdf.getPage(0).mediaBox.height
        text.contains('1. Prevention')
        text.contains('2. Pursuit')
        text.contains('Exceptions')
        ['1.1', '1.2', '2.1', '2.2'].every { text.contains(it) }
        ['Red', 'Amber', 'Green', 'Complete'].every { text.contains(it) }
        text.contains('10 Feb 2016, Pat Police (Police): Web pages delayed: the supplier went under')
        text.contains('No update this period')
        text.contains('OFFICIAL-SENSITIVE')
        text.contains('As at end of 31 March 2016')
        text.contains("Page 1 of ${pdf.numberOfPages}")
        text.contains("Page ${pdf.numberOfPages} of ${pdf.numberOfPages}")

        cleanup:
        pdf?.close()
    }

    def 'the workbook has a summary, the exceptions and a sheet per theme with RAG fills and words, filters and frozen headers'() {
        when:
        def file = download('format=xlsx&from=2016-02-01&to=2016-03-31')
        def book = new XSSFWorkbook(new ByteArrayInputStream(file.bytes as byte[]))
        def prevention = book.getSheet('1 Prevention')
        def header = prevention.getRow(0)
        def row12 = (1..prevention.lastRowNum).collect { prevention.getRow(it) }.find { it.getCell(0).stringCellValue == '1.2' }

        then:
        file.status == 200
        file.type.startsWith('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        (0..<book.numberOfSheets).collect { book.getSheetName(it) } == ['Summary', 'Exceptions', '1 Prevention', '2 Pursuit']
        (0..<header.lastCellNum).collect { header.getCell(it).stringCellValue } ==
                ['Ref', 'Action', 'Objective', 'Lead(s)', 'Timescale', 'Due', 'Slips', 'RAG at start', 'RAG now', 'Progress this period']
        row12.getCell(7).stringCellValue == 'Green'
        row12.getCell(8).stringCellValue == 'Red'
        row12.getCell(8).cellStyle.fillForegroundColorColor.ARGBHex.endsWith('C0392B')
        row12.getCell(7).cellStyle.fillForegroundColorColor.ARGBHex.endsWith('2E8B57')
        row12.getCell(9).stringCellValue == '10 Feb 2016, Pat Police (Police): Web pages delayed: the supplier went under'
        prevention.paneInformation.frozen
        prevention.paneInformation.horizontalSplitPosition == 1
        prevention.CTWorksheet.autoFilter.ref == 'A1:J3'
        book.getSheet('Summary').getRow(0).getCell(0).stringCellValue == "Board $board.slug"

        cleanup:
        book?.close()
    }

    def 'the HTML is the same report, printable, and the board\'s own protective marking replaces the default'() {
        given:
        assert put("/api/boards/$board.slug/report-settings", [protectiveMarking: 'OFFICIAL']).status == 200

        when:
        def file = download('format=html&from=2016-02-01&to=2016-03-31')
        String html = new String(file.bytes as byte[], 'UTF-8')

        then:
        file.type.startsWith('text/html')
        html.contains('size: A4 landscape')
        html.contains('-fs-table-paginate: paginate')
        html.contains('"OFFICIAL"')
        !html.contains('OFFICIAL-SENSITIVE')
        html.contains('<thead>')

        cleanup:
        put("/api/boards/$board.slug/report-settings", [protectiveMarking: 'OFFICIAL-SENSITIVE'])
    }

    def 'the next report with no dates runs from the day after the last one; each report produced is recorded'() {
        given:
        clock.set('2016-06-10T09:00:00Z')
        download('format=html&from=2016-04-01&to=2016-05-15')

        when:
        def file = download('format=html')

        then:
        file.disposition.contains('progress-report-2016-05-16-to-2016-06-10.html')
        sql('SELECT produced_by, source FROM board_report WHERE plan_id = ? ORDER BY id DESC LIMIT 1', board.planId)[0] ==
                ['CSE_ADMIN_TOKEN', 'API']
    }

    def 'a wrong format or date is refused saying what to write'() {
        expect:
        with(get("/api/plans/$board.planId/report?$query")) {
            status == 400
            body.contains(says)
        }

        where:
        query                               | says
        'format=docx'                       | 'not one of pdf, xlsx or html'
        'from=31/03/2016'                   | 'write it as 2016-03-31'
        'from=2016-04-01&to=2016-03-01'     | 'before it starts'
    }
}
