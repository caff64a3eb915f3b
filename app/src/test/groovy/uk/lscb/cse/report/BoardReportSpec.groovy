package uk.lscb.cse.report

import spock.lang.Shared
import uk.lscb.cse.plan.Rag
import uk.lscb.cse.support.PlanBoard
import uk.lscb.cse.support.ServiceSpec

import java.time.LocalDate

/**
 * The report is built from the append-only history: a report for a past period shows what was
 * true at its end, whatever has happened since.
 */
class BoardReportSpec extends ServiceSpec {
    @Shared PlanBoard board

    def setupSpec() {
        clock.set('2016-01-15T10:00:00Z')
        board = PlanBoard.withPlan(this, 'report')
        clock.set('2016-02-10T09:30:00Z')
        update('1.2', 'pat@police.example', 'red', 'Web pages delayed: the supplier went under')
        clock.set('2016-03-20T09:30:00Z')
        update('1.2', 'pat@police.example', 'green', 'Pages live on the council site')
        clock.set('2016-05-01T09:30:00Z')
        update('1.1', 'eve@school.example', 'complete', 'Every secondary school has had its session')
    }

    void update(String ref, String author, String rag, String note) {
        assert postJson("/api/plans/$board.planId/actions/$ref/updates", [rag: rag, note: note, author: author]).status == 201
    }

    BoardReport report(String from, String to) {
        bean(ComposingBoardReport).compose(board.planId, new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to)))
    }

    static BoardReport.ActionRow row(BoardReport report, String ref) {
        report.themes()*.actions().flatten().find { it.ref() == ref } as BoardReport.ActionRow
    }

    def 'a report for February 2016 shows the RAGs and notes of February, not today\'s'() {
        when:
        def report = report('2016-02-01', '2016-02-29')

        then: '1.2 went from green to red in the period, with its dated note by a named person of an agency'
        with(row(report, '1.2')) {
            start() == Rag.GREEN
            now() == Rag.RED
            notes()*.text() == ['Web pages delayed: the supplier went under']
            notes()[0].on() == LocalDate.parse('2016-02-10')
            notes()[0].author() == 'Pat Police'
            notes()[0].agency() == 'Police'
        }

        and: '1.1 is amber as it was then, though it is complete today; no update in February'
        row(report, '1.1').now() == Rag.AMBER
        row(report, '1.1').notes().isEmpty()

        and: 'the headline counts are of February'
        with(report.headline()) {
            actions() == 4
            completed() == 0
            overdue() == 1          // 1.1, due September 2015
            notUpdated() == 2       // 1.1 and 2.2; 2.1 was complete before the period
            priorityNotGreen() == 2 // 1.1 amber, 2.2 red
        }
        report.startCounts()[Rag.GREEN] == 1
        report.endCounts()[Rag.RED] == 2

        and: 'the themes come in the plan\'s order and wording'
        report.themes()*.name() == ['Prevention', 'Pursuit']
        report.themes()[0].aim() == 'Stop it happening'

        and: 'the exceptions: every red and every priority not green, each saying why'
        report.exceptions().collectEntries { [it.ref(), it.reasons()] } == [
                '1.1': ['Priority action not green'],
                '1.2': ['Red'],
                '2.2': ['Red', 'Priority action not green']]
        report.marking() == 'OFFICIAL-SENSITIVE'
    }

    def 'a report to the end of May shows 1.1 completed in the period and 1.2 back to green'() {
        when:
        def report = report('2016-03-01', '2016-05-31')

        then:
        row(report, '1.1').start() == Rag.AMBER
        row(report, '1.1').now() == Rag.COMPLETE
        row(report, '1.2').now() == Rag.GREEN
        report.headline().completed() == 1
        report.headline().priorityNotGreen() == 1
    }

    def 'actions imported after the period are not in it; actions imported during it start as new'() {
        expect:
        report('2015-10-01', '2015-12-31').headline().actions() == 0
        row(report('2016-01-01', '2016-01-31'), '1.1').start() == null
        row(report('2016-01-01', '2016-01-31'), '1.1').now() == Rag.AMBER
    }

    def 'the import is not an update: in January, when the plan came in, every open action counts as not updated'() {
        expect:
        report('2016-01-01', '2016-01-31').headline().notUpdated() == 3 // 1.1, 1.2, 2.2; 2.1 came in complete
    }

    def 'the legend is the board\'s own: its definitions where it gave them, the usual words elsewhere'() {
        given:
        assert put("/api/boards/$board.slug/rag-definitions", [Green: 'on track to deliver by the timescale', Blue: 'done and evidenced']).status == 200

        when:
        def legend = report('2016-02-01', '2016-02-29').legend().collectEntries { [it.rag(), it.meaning()] }

        then:
        legend[Rag.GREEN] == 'on track to deliver by the timescale'
        legend[Rag.COMPLETE] == 'done and evidenced'
        legend[Rag.RED] == 'off track: will not be delivered on time without action'
        legend[Rag.NOT_RATED] == 'not rated yet'

        cleanup:
        put("/api/boards/$board.slug/rag-definitions", [:])
    }
}
