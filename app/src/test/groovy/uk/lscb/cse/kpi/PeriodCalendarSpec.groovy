package uk.lscb.cse.kpi

import spock.lang.Specification

import java.time.LocalDate

class PeriodCalendarSpec extends Specification {

    def '#day falls in the #frequency period #label (#start to #end) of a year starting in month #yearStart'() {
        when:
        KpiPeriod period = new PeriodCalendar(frequency, yearStart).containing(LocalDate.parse(day))

        then:
        period.label() == label
        period.start() == LocalDate.parse(start)
        period.end() == LocalDate.parse(end)

        where:
        frequency             | yearStart | day          || label        | start        | end
        Frequency.MONTHLY     | 4         | '2016-02-29' || '2016-02'    | '2016-02-01' | '2016-02-29'
        Frequency.QUARTERLY   | 4         | '2016-04-01' || '2016-17 Q1' | '2016-04-01' | '2016-06-30'
        Frequency.QUARTERLY   | 4         | '2016-03-31' || '2015-16 Q4' | '2016-01-01' | '2016-03-31'
        Frequency.QUARTERLY   | 4         | '2016-12-31' || '2016-17 Q3' | '2016-10-01' | '2016-12-31'
        Frequency.QUARTERLY   | 1         | '2016-12-31' || '2016 Q4'    | '2016-10-01' | '2016-12-31'
        Frequency.SIX_MONTHLY | 4         | '2016-09-30' || '2016-17 H1' | '2016-04-01' | '2016-09-30'
        Frequency.SIX_MONTHLY | 4         | '2017-01-15' || '2016-17 H2' | '2016-10-01' | '2017-03-31'
        Frequency.ANNUAL      | 4         | '2017-03-31' || '2016-17'    | '2016-04-01' | '2017-03-31'
        Frequency.ANNUAL      | 4         | '2017-04-01' || '2017-18'    | '2017-04-01' | '2018-03-31'
        Frequency.ANNUAL      | 1         | '2017-04-01' || '2017'       | '2017-01-01' | '2017-12-31'
        Frequency.ANNUAL      | 9         | '2017-08-31' || '2016-17'    | '2016-09-01' | '2017-08-31'
    }

    def 'the closed #frequency periods of a plan from #planStart to #planEnd on #today are #labels'() {
        expect:
        new PeriodCalendar(frequency, 4).closed(LocalDate.parse(today), date(planStart), date(planEnd))*.label() == labels

        where:
        frequency           | planStart    | planEnd      | today        || labels
        // financial-year boundary: the quarter to 31 March closes on 1 April
        Frequency.QUARTERLY | '2016-01-01' | '2017-12-31' | '2016-03-31' || []
        Frequency.QUARTERLY | '2016-01-01' | '2017-12-31' | '2016-04-01' || ['2015-16 Q4']
        Frequency.QUARTERLY | '2016-01-01' | '2017-12-31' | '2016-10-03' || ['2015-16 Q4', '2016-17 Q1', '2016-17 Q2']
        // a plan starting mid-year counts from the period its start falls in
        Frequency.QUARTERLY | '2015-09-15' | '2016-12-31' | '2016-01-05' || ['2015-16 Q2', '2015-16 Q3']
        Frequency.MONTHLY   | '2015-09-15' | '2016-12-31' | '2015-12-01' || ['2015-09', '2015-10', '2015-11']
        // a plan that has ended asks nothing after the period its end falls in
        Frequency.QUARTERLY | '2015-01-01' | '2016-12-31' | '2026-11-29' || ['2014-15 Q4', '2015-16 Q1', '2015-16 Q2',
                                                                                '2015-16 Q3', '2015-16 Q4', '2016-17 Q1',
                                                                                '2016-17 Q2', '2016-17 Q3']
        Frequency.ANNUAL    | '2015-01-01' | '2016-12-31' | '2017-03-31' || ['2014-15', '2015-16']
        Frequency.ANNUAL    | '2015-01-01' | '2016-12-31' | '2017-04-01' || ['2014-15', '2015-16', '2016-17']
        Frequency.ANNUAL    | null         | null         | '2017-04-01' || ['2016-17']
    }

    def '"#typed" on #today reads as the #frequency period #label (short names: the latest that has closed)'() {
        expect:
        new PeriodCalendar(frequency, 4).read(typed, LocalDate.parse(today)).map { it.label() }.orElse(null) == label

        where:
        frequency             | typed        | today        || label
        Frequency.QUARTERLY   | 'Q2'         | '2016-10-03' || '2016-17 Q2'
        Frequency.QUARTERLY   | 'q3'         | '2016-10-03' || '2015-16 Q3'
        Frequency.QUARTERLY   | 'Q4'         | '2016-10-03' || '2015-16 Q4'
        Frequency.QUARTERLY   | '2015-16 Q1' | '2016-10-03' || '2015-16 Q1'
        Frequency.QUARTERLY   | '2015/16 Q1' | '2016-10-03' || '2015-16 Q1'
        Frequency.QUARTERLY   | '2015-17 Q1' | '2016-10-03' || null
        Frequency.QUARTERLY   | 'Q5'         | '2016-10-03' || null
        Frequency.QUARTERLY   | 'H1'         | '2016-10-03' || null
        Frequency.SIX_MONTHLY | 'H1'         | '2016-10-03' || '2016-17 H1'
        Frequency.MONTHLY     | 'October'    | '2016-10-03' || '2015-10'
        Frequency.SIX_MONTHLY | 'H2'         | '2016-10-03' || '2015-16 H2'
        Frequency.MONTHLY     | '2016-05'    | '2016-10-03' || '2016-05'
        Frequency.MONTHLY     | 'May'        | '2016-10-03' || '2016-05'
        Frequency.MONTHLY     | 'november'   | '2016-10-03' || '2015-11'
        Frequency.MONTHLY     | '2016-13'    | '2016-10-03' || null
        Frequency.ANNUAL      | '2015-16'    | '2016-10-03' || '2015-16'
        Frequency.ANNUAL      | '2015'       | '2016-10-03' || null
        Frequency.QUARTERLY   | '42'         | '2016-10-03' || null
    }

    private static LocalDate date(String text) {
        text == null ? null : LocalDate.parse(text)
    }
}
