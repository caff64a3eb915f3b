package uk.lscb.cse.chat

import uk.lscb.cse.audit.Source
import uk.lscb.cse.kpi.Direction
import uk.lscb.cse.kpi.Frequency
import uk.lscb.cse.kpi.Kpi
import uk.lscb.cse.kpi.KpiPeriod
import uk.lscb.cse.kpi.KpiStanding
import uk.lscb.cse.kpi.KpiValue
import uk.lscb.cse.kpi.Oba
import uk.lscb.cse.kpi.PeriodFigure
import uk.lscb.cse.kpi.RecordingKpiValues
import uk.lscb.cse.kpi.SmallNumbers
import uk.lscb.cse.kpi.ValueKind
import uk.lscb.cse.notify.NoticeKind
import uk.lscb.cse.notify.Notice
import uk.lscb.cse.plan.ActionChanges
import uk.lscb.cse.plan.ActionView
import uk.lscb.cse.plan.DuePrecision
import uk.lscb.cse.plan.PlanSummary
import uk.lscb.cse.plan.ProgressEntry
import uk.lscb.cse.plan.Rag
import uk.lscb.cse.plan.Timescale

import java.time.Instant
import java.time.LocalDate

/** One of every reply and notice, with a note and an email in them that a shared rendering must not show. */
class Samples {
    static final String NOTE = 'pages drafted with the youth panel'
    static final String EMAIL = 'pat@police.example'

    static ActionView action(String ref = '1.2', String text = 'Online safety pages for parents') {
        new ActionView(7, 3, ref, 1, 'Prevention', null, text, null, null, true,
                new Timescale('March 2016', LocalDate.of(2016, 3, 31), DuePrecision.MONTH, null, [], false),
                ['Police'], [new ActionView.LeadPerson('Pat Police', EMAIL)], [], Rag.AMBER, 'A',
                new ActionView.LastUpdate(Instant.parse('2016-06-30T23:30:00Z'), EMAIL, Source.SLACK, NOTE), true, 3)
    }

    static ProgressEntry entry(Instant at = Instant.parse('2016-06-30T23:30:00Z')) {
        new ProgressEntry(11, at, Rag.GREEN, Rag.AMBER, null, NOTE, EMAIL, Source.SLACK, 'CPLAN')
    }

    static PlanSummary summary(int actions = 4) {
        new PlanSummary(3, 'Spec plan', 'Stockport LSCB', LocalDate.of(2016, 1, 15), actions,
                [(Rag.RED): 1, (Rag.AMBER): actions - 3, (Rag.GREEN): 1, (Rag.COMPLETE): 1, (Rag.NOT_STARTED): 0],
                [new PlanSummary.ThemeCount(1, 'Prevention', 1, Rag.zeroCounts(), 1),
                 new PlanSummary.ThemeCount(2, 'Pursuit', actions - 1, Rag.zeroCounts(), 0)],
                1, 0, 0, [new PlanSummary.Brief('1.2', 'Online safety pages for parents', Rag.AMBER, ['Police', 'Pat Police'])], 1, 1)
    }

    /** Every reply, by name. */
    static Map<String, ChatReply> replies() {
        [message : new ChatReply.Message('Say which action, by its number: status 2.3.', 'a footnote'),
         help    : new ChatReply.Help(null),
         legend  : new ChatReply.Help(null, ['Green: on track', 'Complete: Blue on our plan']),
         status  : new ChatReply.PlanStatus(summary(), null),
         detail  : new ChatReply.ActionDetail(action(), [entry()], false, null, slips()),
         edited  : new ChatReply.Edited(action(), 'timescale Sept 2015 → March 2016', NOTE, slips(), 'Cat Coordinator', null),
         reLed   : new ChatReply.Edited(action(), 'lead added: Pat Police', null, null, 'Cat Coordinator', null),
         list    : new ChatReply.ActionList('Overdue actions', [action(), action('2.1', 'Disruption plan')], 'Nothing is overdue.', null),
         updated : new ChatReply.Updated(action(), entry(), 'Pat Police', null),
         history : new ChatReply.History(action(), [entry(), entry()], null, [
                 new ActionChanges.Entry(Instant.parse('2016-02-01T10:00:00Z'), ActionChanges.Field.TIMESCALE, 'Sept 2015',
                         'March 2016', NOTE, EMAIL, Source.SLACK, null),
                 new ActionChanges.Entry(Instant.parse('2016-02-02T10:00:00Z'), ActionChanges.Field.LEADS, 'Police',
                         "Police, $EMAIL".toString(), null, EMAIL, Source.API, 2)]),
         shared  : new ChatReply.Shared(action(), null),
         kpiList : new ChatReply.KpiList('Your measures', [standing(3)], 'none', true, new SmallNumbers(5), null),
         kpiDetail: new ChatReply.KpiDetail(standing(3), true, true, new SmallNumbers(5), null),
         kpiSplit: new ChatReply.KpiDetail(split([Police: 9, Education: 2]), true, true, new SmallNumbers(5), null),
         kpiRecorded: new ChatReply.KpiRecorded(new RecordingKpiValues.Recorded(kpi(), value(3), 2, figure(3), 'Pat Police'),
                 new SmallNumbers(5), null),
         report  : new ChatReply.Report(reportFile(), java.time.LocalDate.parse('2016-01-01'),
                 java.time.LocalDate.parse('2016-03-31'), null, null),
         reportLink: new ChatReply.Report(reportFile(), java.time.LocalDate.parse('2016-01-01'),
                 java.time.LocalDate.parse('2016-03-31'), 'https://cse-bot.example.org/reports/abc', null)]
    }

    static ChatFile reportFile() {
        new ChatFile(1, 'cat@lscb.example', 'board-progress-report-2016-01-01-to-2016-03-31.pdf', 'application/pdf',
                new byte[10], 'Board report 2016-01-01 to 2016-03-31')
    }

    static Kpi kpi(boolean byAgency = false) {
        new Kpi(41, 3, 3, 'CSE referrals received by the police', null, 'Pursuit', 'Police', 1, 'Pat Police',
                Frequency.QUARTERLY, 4, 20, Direction.HIGHER, 12, byAgency, Oba.HOW_MUCH, ValueKind.COUNT)
    }

    static KpiPeriod q3() {
        new KpiPeriod('2015-16 Q3', LocalDate.of(2015, 10, 1), LocalDate.of(2015, 12, 31))
    }

    static PeriodFigure figure(BigDecimal value, Map parts = [:]) {
        new PeriodFigure(q3(), value, parts.collectEntries { k, v -> [k, v as BigDecimal] } as Map<String, BigDecimal>, value == null ? null : value >= 20 ? Rag.GREEN : Rag.RED,
                Instant.parse('2016-01-05T10:00:00Z'))
    }

    static KpiValue value(BigDecimal v) {
        new KpiValue(77, 41, '2015-16 Q3', null, v, NOTE, EMAIL, Source.SLACK, 'D123', Instant.parse('2016-01-05T10:00:00Z'))
    }

    static KpiStanding standing(BigDecimal value) {
        new KpiStanding(kpi(), [figure(value), new PeriodFigure(new KpiPeriod('2015-16 Q2', LocalDate.of(2015, 7, 1),
                LocalDate.of(2015, 9, 30)), 25, [:], Rag.GREEN, null)], KpiStanding.Status.UP_TO_DATE)
    }

    static KpiStanding split(Map parts) {
        new KpiStanding(kpi(true), [figure(parts.values().sum() as BigDecimal, parts)], KpiStanding.Status.UP_TO_DATE)
    }

    static Notice.MeasureRef measure() {
        new Notice.MeasureRef(41, 3, 3, 'CSE referrals received by the police', 'Police (Pat Police)', false)
    }

    static ActionChanges.Slips slips() {
        new ActionChanges.Slips('Sept 2015', LocalDate.of(2015, 9, 30), 2)
    }

    static Notice.ActionRef ref() {
        new Notice.ActionRef(3, '1.2', 'Online safety pages for parents', Rag.AMBER, ['Police', 'Pat Police'], 'March 2016')
    }

    /** Every notice, by name. */
    static Map<String, Notice> notices() {
        [alert     : new Notice.ActionAlert(NoticeKind.OVERDUE, 'Stockport LSCB', ref(), LocalDate.of(2016, 3, 31), 1, 'Pat Police'),
         escalation: new Notice.Escalation('Stockport LSCB', ref(), LocalDate.of(2016, 3, 31), 12, ['Pat Police'],
                 LocalDate.of(2016, 4, 1), 5),
         digest    : new Notice.Digest('Stockport LSCB', 3, 'Spec plan', LocalDate.of(2016, 4, 4), summary().byRag(),
                 Rag.zeroCounts(), 2, 1, 1, 0, 2, 1, [new Notice.DigestLine(Notice.Section.MOVED, ref(), 'Green → Amber by Pat Police'),
                 new Notice.DigestLine(Notice.Section.PRIORITY, ref(), null)], null, 2),
         perLine   : new Notice.Digest('Stockport LSCB', 3, 'Spec plan', LocalDate.of(2016, 4, 4), summary().byRag(),
                 Rag.zeroCounts(), 2, 1, 1, 0, 2, 1, []),
         line      : new Notice.DigestLine(Notice.Section.MOVED, ref(), 'Green → Amber by Pat Police'),
         kpiRequest: new Notice.KpiRequest(NoticeKind.KPI_REQUEST, 'Stockport LSCB', measure(), '2015-16 Q3',
                 LocalDate.of(2015, 12, 31), 0, 'Pat Police'),
         kpiReminder: new Notice.KpiRequest(NoticeKind.KPI_REMINDER, 'Stockport LSCB', measure(), '2015-16 Q3',
                 LocalDate.of(2015, 12, 31), 3, 'Pat Police'),
         kpiEscalation: new Notice.KpiEscalation('Stockport LSCB', measure(), '2015-16 Q3', ['Pat Police'],
                 LocalDate.of(2016, 1, 4), 7),
         kpiDigest : new Notice.Digest('Stockport LSCB', 3, 'Spec plan', LocalDate.of(2016, 4, 4), summary().byRag(),
                 Rag.zeroCounts(), 2, 1, 1, 0, 0, 1, [], new Notice.KpiDigest(5,
                 [new Notice.KpiLine(kpi(), figure(3)), new Notice.KpiLine(kpi(true), figure(11, [Police: 9, Education: 2]))],
                 [new Notice.KpiLine(kpi(), figure(null))])),
         boardReport: new Notice.BoardReportDue('Stockport LSCB', 3, LocalDate.of(2016, 4, 7), LocalDate.of(2016, 1, 1),
                 LocalDate.of(2016, 3, 31)),
         updateBeforeReport: new Notice.UpdateBeforeReport('Stockport LSCB', LocalDate.of(2016, 4, 7), LocalDate.of(2016, 3, 31),
                 LocalDate.of(2016, 1, 1), [ref()], 'Pat Police')]
    }

    /** Every view a platform renders: each reply for each audience, and each notice. */
    static Map<String, ChatView> views() {
        Map<String, ChatView> views = [:]
        replies().each { name, reply ->
            Audience.values().each { audience ->
                views["$name, $audience".toString()] = ReplyViews.view(reply, audience, java.time.ZoneId.of('Europe/London'))
            }
        }
        notices().each { name, notice -> views["notice $name".toString()] = NoticeViews.view(notice) }
        views
    }
}
