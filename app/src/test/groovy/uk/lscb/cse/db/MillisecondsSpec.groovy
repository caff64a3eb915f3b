package uk.lscb.cse.db

import uk.lscb.cse.support.PlanBoard
import uk.lscb.cse.support.ServiceSpec

/**
 * Every time the service writes is a DATETIME(3): it keeps its milliseconds, whether written
 * through a repository or the service's own SQL, on MySQL 8 and on MariaDB (whose version
 * Connector/J misreads, see MariaDbFractionalSeconds).
 */
class MillisecondsSpec extends ServiceSpec {

    def 'an update saved at 10:00:00.123 is read back at 10:00:00.123'() {
        given:
        clock.set('2016-01-15T09:00:00Z')
        PlanBoard board = PlanBoard.withPlan(this, 'millis')

        when:
        clock.set('2016-01-15T10:00:00.123Z')
        def saved = postJson("/api/plans/$board.planId/actions/1.1/updates", [rag: 'amber', author: 'eve@school.example'])

        then:
        saved.status == 201
        board.history('1.1')[0].at == '2016-01-15T10:00:00.123Z'
    }

    def 'a board saved through its repository at 10:00:00.456 keeps the milliseconds'() {
        given:
        clock.set('2016-01-15T10:00:00.456Z')
        String slug = boardWithPeople('millis')

        expect:
        get("/api/boards/$slug").json.createdAt == '2016-01-15T10:00:00.456Z'
        sql('SELECT DATE_FORMAT(created_at, \'%f\') FROM board WHERE slug = ?', slug) == [['456000']]
    }
}
