package uk.lscb.cse.report

import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import uk.lscb.cse.plan.Rag
import uk.lscb.cse.plan.transfer.SeedPlansSpec
import uk.lscb.cse.support.ServiceSpec

import java.nio.file.Files
import java.nio.file.Path
import java.time.LocalDate

/**
 * The reports of the real plans. Each PDF is also written to target/reports/ so a developer can
 * look at it as a board member would (pdftoppm -png -r 80 target/reports/stockport.pdf page).
 */
class SeedReportsSpec extends ServiceSpec {

    def 'Stockport\'s report lists the nine review challenges with the actions answering each, flagging the red ones'() {
        given:
        clock.set('2015-01-05T10:00:00Z')
        String slug = boardWithPeople('stockport', ['Cat Coordinator,cat@lscb.example,LSCB,coordinator'])
        long planId = post("/api/boards/$slug/plans", SeedPlansSpec.seed('stockport-2014-16.yaml'), 'application/yaml').json.planId as long
        def answering2 = get("/api/plans/$planId/actions").json.findAll { it.reviewRefs.contains('2') }*.ref
        clock.set('2015-02-10T10:00:00Z')
        answering2.each { ref ->
            assert postJson("/api/plans/$planId/actions/$ref/updates",
                    [rag: 'red', note: "No analyst for the MASE yet ($ref)", author: 'cat@lscb.example']).status == 201
        }
        clock.set('2015-04-02T10:00:00Z')

        when:
        def report = bean(ComposingBoardReport).compose(planId, new ReportPeriod(LocalDate.parse('2015-01-01'), LocalDate.parse('2015-03-31')))
        def pdf = write('stockport', planId)

        then:
        report.recommendations()*.ref() == ('1'..'9').toList()
        with(report.recommendations().find { it.ref() == '2' }) {
            actions()*.ref() == answering2
            actions().every { it.now() == Rag.RED }
            flag() == 'Every action answering it is Red'
        }
        report.recommendations().findAll { it.ref() != '2' && it.flag() }.every { it.actions().isEmpty() }
        pdf.contains('Review recommendations')
        pdf.contains('Every action answering it is Red')
        pdf.contains('Ensure residential providers')
        pdf.contains('NR 16')            // the chart tells not rated (NR) from not started (NS) in black and white too
    }

    def 'Thurrock\'s report has its six themes in order, amber and green cells and its progress wording'() {
        given:
        clock.set('2015-07-01T10:00:00Z')
        String slug = boardWithPeople('thurrock')
        long planId = post("/api/boards/$slug/plans", SeedPlansSpec.seed('thurrock-2015-16.yaml'), 'application/yaml').json.planId as long
        clock.set('2015-10-02T10:00:00Z')

        when:
        def report = bean(ComposingBoardReport).compose(planId, new ReportPeriod(LocalDate.parse('2015-07-01'), LocalDate.parse('2015-09-30')))
        def pdf = write('thurrock', planId)

        then:
        disposition.contains('-progress-report-2015-07-03-to-2015-10-02.pdf') // no report before: the last three months
        report.themes().size() == 6
        report.headline().actions() == 38
        report.endCounts()[Rag.GREEN] == 18
        report.endCounts()[Rag.AMBER] == 20
        report.themes().every { pdf.contains(it.position() + '. ' + it.name().replaceAll(/\s+/, ' ')) }
    }

    String disposition

    String write(String name, long planId) {
        def builder = java.net.http.HttpRequest.newBuilder(URI.create(
                "http://localhost:${server.port}/api/plans/$planId/report?format=pdf"))
                .header('Authorization', "Bearer $TOKEN").GET().build()
        def response = http.send(builder, java.net.http.HttpResponse.BodyHandlers.ofByteArray())
        byte[] bytes = response.body()
        assert response.statusCode() == 200
        disposition = response.headers().firstValue('Content-Disposition').get()
        Path dir = Path.of('target', 'reports')
        Files.createDirectories(dir)
        Files.write(dir.resolve("${name}.pdf"), bytes)
        def pdf = Loader.loadPDF(bytes)
        try {
            new PDFTextStripper().getText(pdf).replaceAll(/\s+/, ' ')
        } finally {
            pdf.close()
        }
    }

    def 'Thurrock\'s KPIs show each measure\'s value per period as it stood at the end of the period: a later correction is not in it'() {
        given:
        clock.set('2015-07-01T10:00:00Z')
        String slug = boardWithPeople('thurrock-kpi', ['Cat Coordinator,cat@lscb.example,LSCB,coordinator'])
        long planId = post("/api/boards/$slug/plans", SeedPlansSpec.seed('thurrock-2015-16.yaml'), 'application/yaml').json.planId as long
        String cat = tokenOf('cat@lscb.example')
        clock.set('2015-10-05T10:00:00Z')
        assert send('POST', "/api/plans/$planId/kpis/3/values", '{"value": "7", "period": "2015-16 Q2"}', 'application/json',
                [Authorization: "Bearer $cat".toString()]).status == 201
        clock.set('2015-11-02T10:00:00Z')
        assert send('POST', "/api/plans/$planId/kpis/3/values", '{"value": "9", "period": "2015-16 Q2", "note": "late referrals"}',
                'application/json', [Authorization: "Bearer $cat".toString()]).status == 201
        clock.set('2015-12-01T10:00:00Z')

        when:
        def october = bean(ComposingBoardReport).compose(planId, new ReportPeriod(LocalDate.parse('2015-10-01'), LocalDate.parse('2015-10-31')))
        def november = bean(ComposingBoardReport).compose(planId, new ReportPeriod(LocalDate.parse('2015-11-01'), LocalDate.parse('2015-11-30')))
        def pdf = write('thurrock-kpis', planId)

        then:
        october.kpis().size() == 9
        with(october.kpis()[2]) {
            measure() == '3. CSE referrals received by Essex Police regarding Thurrock children'
            owner() == 'Essex Police'
            values()[0].period() == '2015-16 Q2'
            values()[0].value() == '7'
        }
        november.kpis()[2].values().find { it.period() == '2015-16 Q2' }.value() == '9'
        pdf.contains('Key performance indicators')
        pdf.contains('2015-16 Q2: 9')
    }
}
