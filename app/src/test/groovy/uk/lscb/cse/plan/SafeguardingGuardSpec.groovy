package uk.lscb.cse.plan

import spock.lang.Specification

import java.time.LocalDate

/** Notes are about the plan, never about children: what the guard refuses, and the plan notes it must let through. */
class SafeguardingGuardSpec extends Specification {
    static final LocalDate TODAY = LocalDate.of(2016, 1, 15)

    static final String DOB = 'it mentions a date of birth'
    static final String NHS = 'it contains what looks like an NHS number'
    static final String ADDRESS = 'it contains what looks like a home address (a house number and a full postcode)'
    static final String NAMED_DOB = 'it has a name next to what looks like a date of birth'

    def 'a note "#note" is refused: #concern'() {
        expect:
        SafeguardingGuard.concern(note, TODAY) == Optional.of(concern)

        where:
        note                                             | concern
        'J Smith DOB 03/04/2009 seen at school'          | DOB
        'd.o.b. 3/4/09'                                  | DOB
        'D.O.B: unknown'                                 | DOB
        'Date of birth: 4 May 2009'                      | DOB
        'Jane Smith born on 3 March 2008'                | DOB
        'the eldest was born in 2009'                    | DOB
        'her birthday is next week'                      | DOB
        'NHS number 943 476 5919 missed school'          | NHS
        'NHS no 943-476-5919'                            | NHS
        'flagged 9434765919 to health'                   | NHS
        'seen at 12 Acacia Avenue, SK1 3XE'              | ADDRESS
        'Flat 3, Mill Court, M1 1AE'                     | ADDRESS
        'moved to 4a High Street SK13XE'                 | ADDRESS
        'Met Jane Smith 03/04/2009 at the hub'           | NAMED_DOB
        'Tom Brown-Jones, 4 May 2005, referred'          | NAMED_DOB
        'Sam Lee 1st June 1992 (care leaver)'            | NAMED_DOB
        'Sam O\'Neil 1st June 1992 (care leaver)'        | NAMED_DOB
        'referred Jane McDonald 03/04/2009 to the hub'  | NAMED_DOB
        'referred Jane Smith 14/02/98 to the hub'        | NAMED_DOB     // a 17-year-old, with a two-digit year
    }

    def 'an ordinary plan note "#note" is saved'() {
        expect:
        SafeguardingGuard.concern(note, TODAY) == Optional.empty()

        where:
        note << [
                'Sessions delivered in 14 schools',
                'Venue booked for March',
                'waiting on police data',
                'Report to Strategy Group on 1 March 2016',
                'Meeting with Pat Police on 03/02/2016',
                'Training for years 9 and 10 on 15/02/2016',
                'Protocol signed 01/02/2009, review due',
                'Bookings on 0161 123 4567',
                'Case ref 1234567890 closed',
                'Venue is the town hall, SK1 3XE',
                'Phase 2 of 3 done by Q2',
                'Jane Smith joined the board in 2010',
                'Invalid date 31/02/2009 beside Jane Smith',
                '',
                '   ',
                null]
    }

    def 'the NHS number #digits #verdict its modulus 11 check'() {
        expect:
        SafeguardingGuard.validNhsNumber(digits) == valid

        where:
        digits       | valid
        '9434765919' | true
        '4010232137' | true
        '9434765918' | false
        '1234567890' | false      // the check digit would be 10: never issued
        verdict = valid ? 'passes' : 'fails'
    }
}
