package uk.lscb.cse.people

import spock.lang.Specification
import uk.lscb.cse.board.Board
import uk.lscb.cse.board.Retention

import java.time.Instant

/** How an erased person's mentions are found in free text: the whole email or the whole name, in any case, and nothing else. */
class ErasureSpec extends Specification {
    static final Board BOARD = new Board(1L, 'stockport', 'Stockport', 'Europe/London', false, null, null, null, null, null,
            Retention.DEFAULT, Instant.EPOCH, Instant.EPOCH)
    static final Person PAT = new Person(12, 1, 'Pat Lee', 'pat.lee@police.example', 'Police', Role.LEAD)
    static final Person SIOBHAN = new Person(7, 1, 'Siobhán O\'Neill', 'siobhan@lscb.example', 'LSCB', Role.COORDINATOR)
    static final Person INTERIM = new Person(8, 1, 'A. N. Other (interim)', 'ano@x.example', null, Role.LEAD)

    def 'erasing #person.name turns "#text" into "#expected"'() {
        expect:
        new Erasure(BOARD, person).scrub(text) == expected

        where:
        person  | text                                                   || expected
        PAT     | 'Pat Lee chased the venue'                             || 'former lead #12 chased the venue'
        PAT     | 'asked PAT LEE and pat.lee@police.example.'            || 'asked former lead #12 and former lead #12.'
        PAT     | "Pat Lee's report is in"                               || "former lead #12's report is in"
        PAT     | 'Pat Leeson and Pat Lee-Smith are other people'        || 'Pat Leeson and Pat Lee-Smith are other people'
        PAT     | 'xpat.lee@police.example is someone else'              || 'xpat.lee@police.example is someone else'
        PAT     | '3|OVERDUE|41|pat.lee@police.example|2016-01-20|slack' || '3|OVERDUE|41|former lead #12|2016-01-20|slack'
        SIOBHAN | "agreed with SIOBHÁN O'NEILL (LSCB)"                   || 'agreed with former coordinator #7 (LSCB)'
        INTERIM | 'A. N. Other (interim) will report'                    || 'former lead #8 will report'
        PAT     | null                                                   || null
    }

    def 'the pseudonym is the same wherever the person appears, and says what they were'() {
        expect:
        new Erasure(BOARD, PAT).pseudonym() == 'former lead #12'
        new Erasure(BOARD, SIOBHAN).pseudonym() == 'former coordinator #7'
        new Erasure(BOARD, PAT).mentions() == ['pat.lee@police.example', 'Pat Lee']
    }
}
