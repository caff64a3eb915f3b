package uk.lscb.cse.chat.slack

import com.zaxxer.hikari.HikariDataSource

import javax.sql.DataSource
import spock.lang.AutoCleanup
import spock.lang.Shared
import uk.lscb.cse.chat.ChatCommands
import uk.lscb.cse.support.DbProxy

/**
 * The service reaches its database through a proxy the spec can cut: a lead whose update cannot
 * be saved is told so, nothing is half-written, and the same command works once the database is back.
 */
class SlackDatabaseDownSpec extends SlackServiceSpec {
    @Shared @AutoCleanup DbProxy proxy

    @Override
    Map<String, Object> properties() {
        proxy = DbProxy.toTestDatabase()
        // A down database is reported after 1.5 s rather than Hikari's 30 s.
        super.properties() + proxy.datasource(1500)
    }

    def cleanup() {
        databaseBack()
    }

    void databaseBack() {
        proxy.restore(bean(DataSource))
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

    def 'a thread reply whose handling fails on the database is answered 500, and Slack delivering it again updates the action'() {
        given: 'a shared action, and the link set to drop while the reply is being handled'
        ask('UEVE', 'status 1.1 share')
        String thread = sql('SELECT message_id FROM chat_thread t JOIN action a ON a.id = t.action_id WHERE a.plan_id = ?'
                + ' ORDER BY t.created_at DESC LIMIT 1', planId)[0][0] as String
        Map message = [type: 'message', channel: 'CPLAN', channel_type: 'channel', user: 'UEVE',
                       text: 'amber - waiting on police data', ts: '1800000000.000500', thread_ts: thread]
        String eventId = 'Ev' + UUID.randomUUID().toString().substring(0, 12)
        proxy.cutOn('slack_team_id')

        when:
        def first = slack.event(message, eventId)

        then: 'Slack is told it failed, so it will deliver the event again'
        first.status == 500

        when: 'the database is back and Slack delivers it again, a minute later'
        databaseBack()
        clock.advance(java.time.Duration.ofMinutes(1))
        def again = slack.event(message, eventId)

        then: 'this time it is handled'
        again.status == 200
        eventually.eventually { assert history('1.1').size() == 2 }
        history('1.1')[0].note == 'waiting on police data'

        when: 'Slack delivers it once more'
        def third = slack.event(message, eventId)
        barrier()

        then: 'it is not handled twice'
        third.status == 200
        history('1.1').size() == 2
    }
}
