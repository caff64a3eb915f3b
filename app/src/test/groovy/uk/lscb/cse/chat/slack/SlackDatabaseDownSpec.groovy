package uk.lscb.cse.chat.slack

import com.zaxxer.hikari.HikariDataSource

import javax.sql.DataSource
import spock.lang.AutoCleanup
import spock.lang.Shared
import uk.lscb.cse.chat.ChatCommands
import uk.lscb.cse.db.TestDatabase
import uk.lscb.cse.support.DbProxy

/**
 * The service reaches its database through a proxy the spec can cut: a lead whose update cannot
 * be saved is told so, nothing is half-written, and the same command works once the database is back.
 */
class SlackDatabaseDownSpec extends SlackServiceSpec {
    @Shared @AutoCleanup DbProxy proxy

    @Override
    Map<String, Object> properties() {
        String real = TestDatabase.url()
        def (host, port) = (real =~ '//([^:/]+):(\\d+)/')[0][1, 2]
        proxy = new DbProxy(host as String, port as int)
        super.properties() + ['datasources.default.url'               : DbProxy.through(real, proxy.port),
                              'datasources.default.username'          : TestDatabase.username(),
                              'datasources.default.password'          : TestDatabase.password(),
                              // A down database is reported after 1.5 s rather than Hikari's 30 s.
                              'datasources.default.connection-timeout': 1500]
    }

    def cleanup() {
        databaseBack()
    }

    /**
     * Restores the link and lets the pool drop the connections the cut broke. Hikari tests a
     * pooled connection only after 500 ms idle; a real outage lasts longer than that, a spec does not.
     */
    void databaseBack() {
        proxy.restore()
        bean(DataSource).unwrap(HikariDataSource).hikariPoolMXBean.softEvictConnections()
    }

    def 'with the database unreachable, "#text" is answered "could not save" and works once it is back'() {
        given:
        proxy.cut()

        when:
        def reply = ask('UEVE', text)

        then:
        shown(reply) == ChatCommands.UNSAVED

        when: 'the database is back'
        databaseBack()

        then: 'nothing was written'
        history('1.1').size() == 1

        when: 'the lead sends the same command again'
        def again = ask('UEVE', text)

        then:
        shown(again).contains('1.1')
        history('1.1').size() == 2
        history('1.1')[0].note == 'venue booked for March'

        where:
        text << ['update 1.1 green venue booked for March', 'note 1.1 venue booked for March']
    }

    def 'an update that fails in the database is logged by its verb: never the note, never the email'() {
        given: 'the link drops while the update is being saved'
        proxy.cutOn('UPDATE plan SET revision')
        def log = new uk.lscb.cse.support.CapturedLog()

        when:
        def reply = ask('UEVE', 'update 1.1 green venue booked for March')

        then:
        shown(reply) == ChatCommands.UNSAVED
        log.lines.any { it.contains('update') && it.contains('failed') }
        !log.text.contains('venue booked')
        !log.text.contains('eve@school.example')

        when: 'the database is unreachable before the asker is even known'
        databaseBack()
        proxy.cut()
        ask('UEVE', 'note 1.1 venue booked for March')

        then:
        log.lines.any { it.contains('/cse note failed') }
        !log.text.contains('venue booked')
        !log.text.contains('eve@school.example')

        cleanup:
        log?.close()
    }

    def 'a connection lost in the middle of saving an update leaves nothing half-written'() {
        given: 'the link drops when the service is about to bump the plan revision, after the history row went in'
        proxy.cutOn('UPDATE plan SET revision')
        def before = get("/api/plans/$planId/actions/1.1").json

        when:
        def reply = ask('UEVE', 'update 1.1 green venue booked for March')

        then:
        shown(reply) == ChatCommands.UNSAVED

        when: 'the pool has replaced the connections that were dropped'
        databaseBack()

        then: 'the history row and the current-RAG pointer were rolled back with it'
        history('1.1').size() == 1
        get("/api/plans/$planId/actions/1.1").json.rag == before.rag
        get("/api/plans/$planId/summary").json.byRag.GREEN == 1
    }

    def 'the admin API answers 503 with what to do while the database is unreachable'() {
        given:
        tokenOf('eve@school.example')
        proxy.cut()

        when:
        def update = postJson("/api/plans/$planId/actions/1.1/updates", [rag: 'green', author: 'eve@school.example'])
        def read = get("/api/plans/$planId/summary")
        // Once the pool has dropped its broken connections it has none to hand out: a different failure, the same answer.
        bean(DataSource).unwrap(HikariDataSource).hikariPoolMXBean.softEvictConnections()
        def readAgain = (1..2).collect { get("/api/plans/$planId/summary") }

        then:
        update.status == 503
        update.json.error == 'could not save, nothing was changed; try again in a minute'
        read.status == 503
        read.json.error == 'the database could not be reached; try again in a minute'
        readAgain*.status == [503] * 2

        when:
        databaseBack()

        then: 'the pool reconnects within its timeout, and nothing was written'
        eventually.eventually { assert get("/api/plans/$planId/actions/1.1/updates").status == 200 }
        history('1.1').size() == 1
    }
}
