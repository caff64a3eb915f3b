package uk.lscb.cse.demo

import uk.lscb.cse.support.ServiceSpec

import java.time.LocalDate

/** A newcomer's first `status` on the demo board shows a live plan, not one 4,000 days overdue. */
class DemoBoardSpec extends ServiceSpec {

    def 'the demo plan is moved so that today falls inside it: some actions done, some overdue, one due soon'() {
        given:
        clock.set('2026-11-29T10:00:00Z')

        when:
        def plan = bean(DemoBoard).load(uniqueSlug('demo'))
        def summary = get("/api/plans/${plan.planId()}/summary").json
        def actions = get("/api/plans/${plan.planId()}/actions").json
        String exported = get("/api/plans/${plan.planId()}").body

        then: 'North East Lincolnshire Dec 2016 - Dec 2018, moved 9 years: Dec 2025 - Dec 2027'
        plan.title() == 'CSE Action Plan (sample data: dates moved 9 years later so that today falls inside the plan)'
        exported.contains('start: "2025-12"') || exported.contains("start: '2025-12'") || exported.contains('start: 2025-12')
        summary.byRag.COMPLETE == 15
        summary.overdue == 5
        actions.max { it.daysOverdue }.daysOverdue < 365
        actions.count { !it.overdue && it.timescale.due && LocalDate.parse(it.timescale.due) <= LocalDate.parse('2026-12-31') } == 1

        and: 'the wording moved with the dates'
        with(actions.find { it.text == 'NEL - Health Partners to undertake a practise review' }.timescale) {
            due == '2026-12-31'
            text.startsWith('Health Audit completed September 2025')
        }
        actions.find { it.timescale.text == 'Review in July 2026' }
    }

    def 'every year in the wording moves alike: "#text"'() {
        expect:
        ShiftingDates.text(text, 9) == moved

        where:
        text                                         | moved
        'Sept 2015'                                  | 'Sept 2024'
        'Progress in Dec 16'                         | 'Progress in Dec 25'
        '2015/16'                                    | '2024/25'
        'Licenced taxi drivers completed (650)'      | 'Licenced taxi drivers completed (650)'
        'updated on a 2 year basis, 12 monthly'      | 'updated on a 2 year basis, 12 monthly'
        'Dec 14 and 31/12/2015'                      | 'Dec 23 and 31/12/2024'
    }
}
