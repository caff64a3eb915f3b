package uk.lscb.cse.plan

import spock.lang.Specification

import java.time.LocalDate

class TimescaleSpec extends Specification {

    def 'the timescale "#wording" is due #due (#precision), its wording kept'() {
        when:
        def timescale = Timescale.read(wording)

        then:
        timescale.due() == (due ? LocalDate.parse(due) : null)
        timescale.precision() == precision
        timescale.text() == wording.strip()
        !timescale.flagged()

        where:
        wording           | due          | precision
        'Sept 2015'       | '2015-09-30' | DuePrecision.MONTH
        'Sept2015'        | '2015-09-30' | DuePrecision.MONTH
        'Jan 15'          | '2015-01-31' | DuePrecision.MONTH
        'DECEMBER 2015'   | '2015-12-31' | DuePrecision.MONTH
        'Dec 14'          | '2014-12-31' | DuePrecision.MONTH
        'March 15'        | '2015-03-31' | DuePrecision.MONTH
        'Feb 2016'        | '2016-02-29' | DuePrecision.MONTH
        'August 15'       | '2015-08-31' | DuePrecision.MONTH
        '31/12/2015'      | '2015-12-31' | DuePrecision.DAY
        '2016-04-01'      | '2016-04-01' | DuePrecision.DAY
        '1st March 2016'  | '2016-03-01' | DuePrecision.DAY
        'Q2 2016'         | '2016-06-30' | DuePrecision.MONTH
        'By end of 2016'  | '2016-12-31' | DuePrecision.MONTH
        '2015/16'         | '2016-03-31' | DuePrecision.MONTH   // a financial year ends on 31 March
        '2016-17'         | '2017-03-31' | DuePrecision.MONTH
        'By end of 2015/2016' | '2016-03-31' | DuePrecision.MONTH
        'Sept to November 2016 Updated May 2017' | '2016-11-30' | DuePrecision.MONTH // the revision note is not a deadline
        'March 2016 (revised June 2016)' | '2016-03-31' | DuePrecision.MONTH
        'To be revised by March 2017' | '2017-03-31' | DuePrecision.MONTH
    }

    def 'a start ("#wording") is when the action begins: it is not overdue before it'() {
        when:
        def timescale = Timescale.read(wording)

        then:
        timescale.starts() == LocalDate.parse(starts)
        timescale.due() == (due ? LocalDate.parse(due) : null)
        timescale.precision() == precision
        timescale.milestones().isEmpty()
        !timescale.overdueOn(LocalDate.parse(starts).minusDays(1))
        !timescale.flagged()

        where:
        wording                                          | starts       | due          | precision
        'To commence in July 2016'                       | '2016-07-01' | null         | DuePrecision.ONGOING
        'Starting September 2015'                        | '2015-09-01' | null         | DuePrecision.ONGOING
        'To commence in July 2016, complete by March 2017' | '2016-07-01' | '2017-03-31' | DuePrecision.MONTH
    }

    def 'dated sub-items on lines of their own are milestones named by their line'() {
        when:
        def timescale = Timescale.read('Health Audit completed September 2016\nExecutive summary disseminated April 2017;'
                + ' Repeat health practise review December 2017')

        then:
        timescale.milestones()*.text() == ['Health Audit completed September 2016', 'Executive summary disseminated April 2017',
                                          'Repeat health practise review December 2017']
        timescale.milestones()*.due() == ['2016-09-30', '2017-04-30', '2017-12-31'].collect { LocalDate.parse(it) }
        timescale.due() == LocalDate.parse('2017-12-31')
    }

    def 'two dates in one cell ("Jan 2015 March 2015") are two milestones, the last one the due date'() {
        when:
        def timescale = Timescale.read('Jan 2015 March 2015')

        then:
        timescale.milestones()*.due() == [LocalDate.parse('2015-01-31'), LocalDate.parse('2015-03-31')]
        timescale.milestones()*.text() == ['Jan 2015', 'March 2015']
        timescale.due() == LocalDate.parse('2015-03-31')
        timescale.precision() == DuePrecision.MONTH
    }

    def 'an ongoing action ("#wording") has no due date but a review date of #review'() {
        when:
        def timescale = Timescale.read(wording)

        then:
        timescale.precision() == DuePrecision.ONGOING
        timescale.due() == null
        timescale.reviewDate() == (review ? LocalDate.parse(review) : null)
        !timescale.overdueOn(LocalDate.parse('2030-01-01'))

        where:
        wording                      | review
        'Ongoing'                    | null
        'On-going'                   | null
        'To be reviewed in July 2017' | '2017-07-01'
        'Ongoing - review March 2016' | '2016-03-01'
        'Review in July 2017'         | '2017-07-01'   // "review", not only "reviewed"
        'review July 2017'            | '2017-07-01'
        'To be reviewed and reported to Keeping Children Safe group in July 2017' | '2017-07-01'
        'will be reviewed in 12 months.' | null
    }

    def 'wording with no date in it is kept as text and flagged for the board manager'() {
        when:
        def timescale = Timescale.read('1st Draft to the September subgroup meeting')

        then:
        timescale.text() == '1st Draft to the September subgroup meeting'
        timescale.due() == null
        timescale.precision() == DuePrecision.NONE
        timescale.flagged()
    }

    def 'a blank timescale is simply absent, not flagged'() {
        expect:
        with(Timescale.read(wording)) {
            text() == null
            precision() == DuePrecision.NONE
            !flagged()
        }

        where:
        wording << [null, '', '   ']
    }

    def 'a date that cannot exist or cannot be read ("#wording") is an error that says why'() {
        when:
        Timescale.read(wording)

        then:
        def e = thrown(UnreadableValue)
        e.message.contains(reason)

        where:
        wording      | reason
        '31/02/2016' | 'does not exist'
        '31/13/2016' | 'does not exist'
        '12/31'      | 'cannot be read'
        'Sept 1890'  | 'out of range'
        'Jan 3016'   | 'out of range'
    }

    def 'a month-precision action is overdue from the first day of the next month'() {
        given:
        def timescale = Timescale.read('Sept 2015')

        expect:
        !timescale.overdueOn(LocalDate.parse('2015-09-30'))
        timescale.overdueOn(LocalDate.parse('2015-10-01'))
    }
}
