package uk.lscb.cse.plan

import org.yaml.snakeyaml.Yaml
import spock.lang.Specification
import uk.lscb.cse.board.CaseRecordPatterns

import java.time.LocalDate

import static uk.lscb.cse.plan.Identifying.AGE_WITH_NAME as AGE
import static uk.lscb.cse.plan.Identifying.CASE_RECORD
import static uk.lscb.cse.plan.Identifying.DATE_OF_BIRTH as DOB
import static uk.lscb.cse.plan.Identifying.HOME_ADDRESS as ADDRESS
import static uk.lscb.cse.plan.Identifying.NAME_WITH_DATE_OF_BIRTH as NAMED_DOB
import static uk.lscb.cse.plan.Identifying.NHS_NUMBER as NHS
import static uk.lscb.cse.plan.Identifying.YEAR_GROUP_WITH_NAME as YEAR_GROUP

/**
 * Notes are about the plan, never about children: what the guard refuses as people actually type
 * it (pasted, full-width, with invisible characters, accents, names in capitals), and the plan
 * notes it must let through (plan dates beside a lead's name, year groups of the plan's work,
 * operations and teams with numbers).
 */
class SafeguardingGuardSpec extends Specification {
    static final LocalDate TODAY = LocalDate.of(2016, 1, 15)
    // A board that set its case-record formats (PUT /api/boards/{slug} {"caseRecordPatterns": ...}).
    static final SafeguardingGuard GUARD = SafeguardingGuard.on(TODAY)
            .withCaseRecords(CaseRecordPatterns.parse('LCS######, CP/####/####').patterns())

    def 'the guard #verdict "#note"'() {
        expect:
        GUARD.check(note) == Optional.ofNullable(found)

        where:
        note                                                          | found
        'NHS number 943 476 5919 missed school'                       | NHS
        'NHS no 943-476-5919'                                         | NHS
        'flagged 9434765919 to health'                                | NHS
        'flagged 943.476.5919 to health'                              | NHS           // dots
        'flagged 943  476  5919 to health'                            | NHS           // double spaces
        'flagged 943\u3000476\u30005919 to health'                    | NHS           // full-width spaces
        'flagged \uff19\uff14\uff13\uff14\uff17\uff16\uff15\uff19\uff11\uff19 to health' | NHS // full-width digits
        'flagged 943\u200b476\u200b5919 to health'                    | NHS           // zero-width spaces
        'flagged \u0669\u0664\u0663\u0664\u0667\u0666\u0665\u0669\u0661\u0669 to health' | NHS // Arabic-Indic digits
        'health have 398 259 7919 on file'                            | NHS
        'NHS No: 123 456 7890'                                        | NHS           // labelled, whatever its check digit
        'J Smith DOB 03/04/2009 seen at school'                       | DOB
        'd.o.b. 3/4/09'                                               | DOB
        'D.O.B: unknown'                                              | DOB
        'Date of birth: 4 May 2009'                                   | DOB
        'born 3rd of April 2012, lives with her aunt'                 | DOB
        'the eldest was born in 2009'                                 | DOB
        'her birthday is next week'                                   | DOB
        'Jane Smith born on 3 March 2008'                             | DOB
        'Met Jane Smith 03/04/2009 at the hub'                        | NAMED_DOB
        'Jane Smith 2012-04-03 referred to the hub'                   | NAMED_DOB     // ISO date
        'Smith, Jane 03/04/2012'                                      | NAMED_DOB     // surname first
        'Met Smith, Jane 03/04/2012 at the hub'                       | NAMED_DOB
        'SMITH, Jane 03.04.2012 open to CSC'                          | NAMED_DOB
        'JANE SMITH 03/04/2009 missing again'                         | NAMED_DOB     // capitals
        'Siobh\u00e1n O\u2019Neill 03/04/2009 referred'               | NAMED_DOB     // accent, curly apostrophe
        'referred Jane McDonald 03/04/2009 to the hub'                | NAMED_DOB
        'Tom Brown-Jones, 4 May 2005, referred'                       | NAMED_DOB
        'Sam Lee 1st June 1992 (care leaver)'                         | NAMED_DOB
        'referred Jane Smith 14/02/98 to the hub'                     | NAMED_DOB     // a 17-year-old, two-digit year
        'Kelly Jones 01/02/99 placed out of area'                     | NAMED_DOB     // 1999, not 2099
        'Jane Smith, April 3rd, 2012'                                 | NAMED_DOB
        'Jane Smith 3rd of April 2012'                                | NAMED_DOB
        'seen at 12 Acacia Avenue, SK1 3XE'                          | ADDRESS
        'Flat 3, Mill Court, M1 1AE'                                  | ADDRESS
        'moved to 4a High Street SK13XE'                              | ADDRESS
        'she lives at SK1 3XE with mum'                               | ADDRESS       // a postcode after "lives at"
        'now living at 27 Mill Lane'                                  | ADDRESS
        'staying at her nan\'s, 9 Hope Street'                        | ADDRESS
        'Jane Smith, 14, from Stockport'                              | AGE
        'Jane Smith aged 14 missing overnight'                        | AGE
        'Jane, 14yo, missing overnight'                               | AGE
        'Jane, aged 14, seen with older males'                        | AGE
        'Siobh\u00e1n McDonald (14) referred'                         | AGE
        'a 14-year-old, Kelly Jones, disclosed'                       | AGE
        'O\'NEILL, Kelly 15 yrs'                                      | AGE
        'Jane Smith who is 14'                                        | AGE
        'Jane Smith is 14 years old'                                  | AGE
        '14 year old Jane Smith'                                      | AGE
        '03/04/2009 - Jane Smith'                                     | NAMED_DOB
        'Jane van der Berg 03/04/2009'                                | NAMED_DOB
        'she lives at 12 acacia avenue'                               | ADDRESS       // a street in lower case
        'Kelly O\'Brien in year 10 at Hillside'                       | YEAR_GROUP
        'Jane Smith (Year 9) disclosed to a teacher'                  | YEAR_GROUP
        'Kelly Jones, Y10, at Hillside'                               | YEAR_GROUP
        'Year 8 pupil Tom Brown missing'                              | YEAR_GROUP
        'LCS123456 closed'                                            | CASE_RECORD   // the board's "LCS######"
        'LCS 123456 stepped down'                                     | CASE_RECORD
        'cp/2015/0042 reviewed'                                       | CASE_RECORD   // the board's "CP/####/####"
        'Sessions delivered in 14 schools'                            | null
        'Venue booked for March'                                      | null
        'waiting on police data'                                      | null
        'Report to Strategy Group on 1 March 2016'                    | null
        'Meeting with Pat Police on 03/02/2016'                       | null          // a plan date next to a lead's name
        'Pat Police 12/01/2016: venue booked'                         | null
        'Jane Smith signed the protocol on 01/02/2013'                | null
        'Jane Smith (LSCB manager) to report on 2015-12-01'           | null
        'Training for years 9 and 10 on 15/02/2016'                   | null
        'Protocol signed 01/02/2009, review due'                      | null
        'Bookings on 0161 123 4567'                                   | null
        'Case ref 1234567890 closed'                                  | null
        'Venue is the town hall, SK1 3XE'                             | null
        'Moved to Q2 because the venue at 12 Market Street closed'    | null
        'Phase 2 of 3 done by Q2'                                     | null
        'Jane Smith joined the board in 2010'                         | null
        'Invalid date 31/02/2009 beside Jane Smith'                   | null
        'Year 9 assemblies delivered in all secondary schools'        | null
        'Year 10 and Year 11 sessions planned at Hillside Academy'    | null
        'Eve School, Year 9 lead, delivered the sessions'             | null
        'Operation Phoenix briefing given to Team 3'                  | null
        'Operation Phoenix: 12 referrals since 01/04/2015'            | null
        'Team 3 and Team 4 trained'                                   | null
        'Agency 14 (voluntary sector) signed up'                      | null
        'Girls aged 13-15 attended the drop-in'                       | null
        'Young people aged 11 to 16 took part'                        | null
        'Harbour Project, 16+ service, now open'                      | null
        'Keeping Children Safe, 3 meetings held'                      | null
        'DCI Jane Smith, 2 sessions delivered'                        | null
        'Sue Brown led 14 sessions'                                   | null
        'Awareness stall at Stockport County, 14 March 2016'          | null
        'lives at home with both parents; no address concerns'        | null
        'Born Free trust commissioned for the summer'                 | null
        'NHS England guidance sent to 40 GP practices'                | null
        'Data for 2012-2013 and 2013-2014 compared'                   | null
        'LCS rollout: 123456 leaflets printed'                        | null
        'CP plans reviewed for 2015/16'                               | null
        'Second yearly report to be reviewed July 2017.'             | null
        'Currently delivering in high demand areas, east and west marsh.' | null
        'This operation is on-going and will be supported by PS Harrison' | null
        'Safe Relationship 4 Young People programme offered to all schools' | null
        'Executive summary to the LSCB Health group \u2013 April 2017' | null
        'Police and CSC joint visits: 9 in Q3'                        | null
        'Missing from home protocol reviewed; 12 return interviews done' | null
        'Sessions for 15 year olds in all schools'                    | null
        'Children aged 14 and over can self-refer'                    | null
        'Room 14 booked at the Town Hall, SK1 3XE'                    | null
        'St Thomas Hospital staff trained 12/03/2015'                 | null
        'Returned to the board 12/11/2013 by Sue Brown'               | null
        'CSE Strategy approved by LSCB Board 12/03/2013'              | null
        'Jane Smith, 2 new referrals'                                 | null
        'Jane Smith (LSCB) Year 9 assemblies'                         | null
        'Young and Safe team delivered 14 sessions to Year 8'         | null
        'Team 3 leader Sue Brown, 5 years in post'                    | null
        'NHS 111 leaflets distributed to 40 GP practices'             | null
        ''                                                            | null
        '   '                                                         | null
        null                                                          | null
        verdict = found ? "refuses as ${found.name()}" : 'lets through'
    }

    def 'a refusal names the kind of detail found and repeats nothing of the note: #note'() {
        when:
        String message = new UnsafeNote(GUARD.check(note).orElseThrow()).message

        then:
        message.startsWith('This note was not saved: it contains what looks like ')
        !(message =~ /\d/)
        (note.findAll(/\p{Lu}\p{L}+/) - ['NHS']).every { !message.contains(it) }

        where:
        note << ['Jane Smith, 14, from Stockport', 'NHS number 943 476 5919', 'Smith, Jane 03/04/2012',
                 'she lives at SK1 3XE with mum', 'Kelly Jones, Y10, at Hillside', 'LCS123456 closed']
    }

    def 'no cell of the published #seed plan looks like it identifies a child, today or at the plan\'s end'() {
        given:
        def plan = new Yaml().load(SafeguardingGuardSpec.getResource("/seeds/$seed").getText('UTF-8'))
        List<String> cells = texts(plan)
        LocalDate end = LocalDate.parse(plan.period.end + '-28')

        expect:
        cells.size() > 50
        cells.findAll { SafeguardingGuard.on(TODAY).check(it).present || SafeguardingGuard.on(end).check(it).present } == []

        where:
        seed << ['stockport-2014-16.yaml', 'thurrock-2015-16.yaml', 'north-east-lincolnshire-2016-18.yaml',
                 'manchester-2017-19.yaml']
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

    private static List<String> texts(Object node) {
        node instanceof Map ? node.values().collectMany { texts(it) }
                : node instanceof List ? node.collectMany { texts(it) }
                : node instanceof String ? [node] : []
    }
}
