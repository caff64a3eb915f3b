package uk.lscb.cse.db

import spock.lang.Shared
import uk.lscb.cse.audit.Source
import uk.lscb.cse.chat.ChatThreads
import uk.lscb.cse.chat.slack.SlackEventLog
import uk.lscb.cse.chat.teams.TeamsConversations
import uk.lscb.cse.plan.PlanFixture
import uk.lscb.cse.support.ServiceSpec

import java.time.Duration

/**
 * Inserts through repositories whose repeat is expected: a taken key means "already there", never
 * an error, and any other refusal still fails.
 */
class RepeatedInsertsSpec extends ServiceSpec {
    @Shared long actionId

    def setupSpec() {
        String slug = boardWithPeople('repeats', PlanFixture.PEOPLE)
        long planId = post("/api/boards/$slug/plans", PlanFixture.YAML, 'application/yaml').json.planId as long
        actionId = sql('SELECT id FROM action WHERE plan_id = ? AND ref = ?', planId, '1.1')[0][0] as long
    }

    def 'a message remembered twice (a delivery found again after a crash) is one thread about its action'() {
        given:
        String ts = unique('1700000000.')

        when:
        bean(ChatThreads).remember(Source.SLACK, 'CPLAN', ts, actionId)
        bean(ChatThreads).remember(Source.SLACK, 'CPLAN', ts, actionId)

        then:
        sql('SELECT COUNT(*) FROM chat_thread WHERE message_id = ?', ts) == [[1]]
        bean(ChatThreads).about(Source.SLACK, 'CPLAN', ts).get().ref() == '1.1'
    }

    def 'a message about an action that does not exist is refused, not taken for a repeat'() {
        when:
        bean(ChatThreads).remember(Source.SLACK, 'CPLAN', unique('1700000001.'), -1)

        then:
        thrown(RuntimeException)
    }

    def 'an event is claimed once, marked handled after its work, and claimed again only if released or abandoned'() {
        given:
        String eventId = unique('Ev')
        String other = unique('Ev')
        def log = bean(SlackEventLog)

        expect: 'a redelivery while the first is still at work is not claimed'
        log.claim('TREPEAT', eventId)
        !log.claim('TREPEAT', eventId)

        when: 'the work failed and released it'
        log.release(eventId)

        then: 'the next delivery does the work'
        log.claim('TREPEAT', eventId)

        when: 'that work is done'
        log.handled(eventId)
        clock.advance(Duration.ofHours(1))

        then: 'no delivery does it again, however late'
        !log.claim('TREPEAT', eventId)

        when: 'a claim is left behind by an instance that died'
        log.claim('TREPEAT', other)
        clock.advance(SlackEventLog.ABANDONED.plusSeconds(1))

        then: 'a later delivery takes it over'
        log.claim('TREPEAT', other)
        !log.claim('TREPEAT', other)

        cleanup:
        clock.set('2016-01-15T10:00:00Z')
    }

    def 'a Teams person seen again is one conversation; an email not known this time keeps the stored one'() {
        given:
        String tenant = UUID.randomUUID().toString()
        def conversations = bean(TeamsConversations)

        when:
        conversations.person(tenant, 'aad-pat', 'pat@police.example', 'https://smba.example/uk/', 'a:first')
        conversations.person(tenant, 'aad-pat', null, 'https://smba.example/emea/', 'a:second')

        then:
        sql('SELECT kind, email, service_url, conversation_id FROM teams_conversation WHERE tenant_id = ?', tenant) ==
                [['PERSON', 'pat@police.example', 'https://smba.example/emea/', 'a:second']]
        conversations.byEmail(tenant, 'pat@police.example').get().conversationId() == 'a:second'
    }

    def 'a Teams channel seen again is one conversation, and its tenant has a service URL'() {
        given:
        String tenant = UUID.randomUUID().toString()
        def conversations = bean(TeamsConversations)

        when:
        conversations.channel(tenant, '19:plan@thread.tacv2', 'https://smba.example/uk/')
        conversations.channel(tenant, '19:plan@thread.tacv2', 'https://smba.example/uk/')

        then:
        sql('SELECT kind, email, conversation_id FROM teams_conversation WHERE tenant_id = ?', tenant) ==
                [['CHANNEL', null, '19:plan@thread.tacv2']]
        conversations.channel(tenant, '19:plan@thread.tacv2').get().serviceUrl() == 'https://smba.example/uk/'
        conversations.serviceUrl(tenant).get() == 'https://smba.example/uk/'
    }

    private static String unique(String prefix) {
        prefix + UUID.randomUUID().toString().replace('-', '').substring(0, 12)
    }
}
