package uk.lscb.cse.report

import groovy.json.JsonOutput
import spock.lang.Shared
import uk.lscb.cse.support.PlanBoard
import uk.lscb.cse.support.ServiceSpec

import java.time.LocalDate

/** Slippage, the first thing board members ask about: due dates as they stood at the period's end, and their moves. */
class SlippedReportSpec extends ServiceSpec {
    @Shared PlanBoard board

    def setupSpec() {
        clock.set('2016-01-15T10:00:00Z')
        board = PlanBoard.withPlan(this, 'slips')
        clock.set('2016-02-10T10:00:00Z')
        move('1.2', 'June 2016', 'the web supplier went under')
        clock.set('2016-04-20T10:00:00Z')
        move('1.2', 'Sept 2016', 'new supplier starts in July')
        clock.set('2016-05-10T10:00:00Z')
        // The spring revision drops 2.1 from the plan: it is retired, not deleted.
        String revised = uk.lscb.cse.plan.PlanFixture.YAML.replaceAll(/(?s)      - ref: "2\.1".*?rag: Complete\n/, '')
                .replace('timescale: March 2016', 'timescale: Sept 2016')     // 1.2 as it now stands
        assert !revised.contains('Disruption plan for hotspots')
        assert send('PUT', "/api/plans/$board.planId?reason=Spring%20review", revised, 'application/yaml').status == 200
        clock.set('2016-06-01T10:00:00Z')
    }

    void move(String ref, String timescale, String reason) {
        def reply = send('PATCH', "/api/plans/$board.planId/actions/$ref", JsonOutput.toJson([timescale: timescale, reason: reason]),
                'application/json', [Authorization: "Bearer ${tokenOf('cat@lscb.example')}".toString()])
        assert reply.status == 200: reply
    }

    BoardReport report(String from, String to) {
        bean(ComposingBoardReport).compose(board.planId, new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to)))
    }

    BoardReport.TimescaleLine timescale(BoardReport report, String ref) {
        report.themes()*.actions().flatten().find { it.ref() == ref }.timescale()
    }

    def 'a report shows each due date as it stood at the end of its period, the original, and the moves by then: #period'() {
        when:
        def report = report(from, to)

        then:
        timescale(report, '1.2') == new BoardReport.TimescaleLine(wording, LocalDate.parse('2016-03-31'), LocalDate.parse(due),
                slips, inPeriod)
        report.headline().slipped() == (inPeriod > 0 ? 1 : 0)
        (report.exceptions().find { it.ref() == '1.2' }?.reasons() ?: []).contains('Due date moved once this period') == (inPeriod > 0)

        where:
        period     | from         | to           | wording      | due          | slips | inPeriod
        'January'  | '2016-01-01' | '2016-01-31' | 'March 2016' | '2016-03-31' | 0     | 0
        'February' | '2016-02-01' | '2016-02-29' | 'March 2016' | '2016-06-30' | 1     | 1
        'March'    | '2016-03-01' | '2016-03-31' | 'March 2016' | '2016-06-30' | 1     | 0
        'spring'   | '2016-03-01' | '2016-05-31' | 'March 2016' | '2016-09-30' | 2     | 1
    }

    def 'the PDF says when it was first due and how often it moved'() {
        when:
        def html = new String(ReportFormat.HTML.render(report('2016-02-01', '2016-05-31')), 'UTF-8')

        then:
        html.contains('Originally 31 Mar 2016; moved twice (2 this period)')
        html.contains('Due 30 Sept 2016')     // as the UK writes it
    }

    def 'an action retired from the plan in May is in the reports of earlier periods, and not after'() {
        expect:
        report('2016-03-01', '2016-04-30').themes()*.actions().flatten()*.ref().contains('2.1')
        !report('2016-05-01', '2016-05-31').themes()*.actions().flatten()*.ref().contains('2.1')
    }
}
