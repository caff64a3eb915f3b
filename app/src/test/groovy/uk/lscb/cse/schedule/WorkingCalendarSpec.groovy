package uk.lscb.cse.schedule

import spock.lang.Specification

import java.time.LocalDate

/** A board's working days: weekdays less bank holidays and its own days off (Christmas 2015 and Easter 2016 here). */
class WorkingCalendarSpec extends Specification {
    static final WorkingCalendar CALENDAR = new WorkingCalendar(['2015-12-25', '2015-12-28', '2016-01-01', '2016-03-25',
                                                                  '2016-03-28', '2016-01-14'].collect { LocalDate.parse(it) } as Set)

    def '#day (#why) #verdict a working day'() {
        expect:
        CALENDAR.isWorkingDay(LocalDate.parse(day)) == working

        where:
        day          | why                          | working
        '2016-01-15' | 'a Friday'                   | true
        '2016-01-16' | 'a Saturday'                 | false
        '2016-01-17' | 'a Sunday'                   | false
        '2016-01-18' | 'a Monday'                   | true
        '2016-03-25' | 'Good Friday'                | false
        '2016-03-28' | 'Easter Monday'              | false
        '2016-03-29' | 'the Tuesday after Easter'   | true
        '2015-12-28' | 'Boxing Day, substitute'     | false
        '2016-01-14' | 'the board\'s own day off'   | false
        verdict = working ? 'is' : 'is not'
    }

    def 'from #from to #to is #days working days (#why)'() {
        expect:
        CALENDAR.workingDaysBetween(LocalDate.parse(from), LocalDate.parse(to)) == days

        where:
        from         | to           | days | why
        '2016-01-15' | '2016-01-18' | 1    | 'Friday to Monday'
        '2016-01-18' | '2016-01-22' | 4    | 'a plain week'
        '2016-01-18' | '2016-01-18' | 0    | 'the same day'
        '2016-01-18' | '2016-01-15' | 0    | 'backwards'
        '2016-03-23' | '2016-03-31' | 4    | 'across Easter, not yet five'
        '2016-03-23' | '2016-04-01' | 5    | 'across Easter, the fifth'
        '2015-12-24' | '2015-12-29' | 1    | 'across Christmas'
        '2016-01-13' | '2016-01-15' | 1    | 'past the board\'s own day off'
    }

    def 'the first working day of the week of #day is #first'() {
        expect:
        CALENDAR.firstWorkingDayOfWeek(LocalDate.parse(day)) == LocalDate.parse(first)

        where:
        day          | first
        '2016-01-18' | '2016-01-18'
        '2016-01-22' | '2016-01-18'
        '2016-01-24' | '2016-01-18'     // Sunday belongs to the week before
        '2016-03-28' | '2016-03-29'     // Easter Monday
        '2016-03-31' | '2016-03-29'
        '2015-12-28' | '2015-12-29'     // Boxing Day substitute
    }

    def 'a week of holidays has no first working day'() {
        given:
        def closed = new WorkingCalendar((0..4).collect { LocalDate.parse('2016-08-01').plusDays(it) } as Set)

        expect:
        closed.firstWorkingDayOfWeek(LocalDate.parse('2016-08-03')) == null
        closed.workingDaysBetween(LocalDate.parse('2016-07-29'), LocalDate.parse('2016-08-07')) == 0
    }
}
