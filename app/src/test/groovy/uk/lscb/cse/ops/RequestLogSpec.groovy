package uk.lscb.cse.ops

import spock.lang.AutoCleanup
import uk.lscb.cse.chat.slack.SlackServiceSpec
import uk.lscb.cse.support.CapturedLog

/**
 * One log line per request, by its route (never the path as typed: it may hold an email), with a
 * correlation id that the reply work after the ack and the sending after the answer carry too, so
 * an operator can follow one request through the log.
 */
class RequestLogSpec extends SlackServiceSpec {
    @AutoCleanup CapturedLog log = CapturedLog.start()

    def 'a request with an X-Request-Id is logged once under it, and answered with it'() {
        when:
        def reply = send('GET', "/api/boards/$slug", null, null, ['X-Request-Id': 'lb-7f3a9c'])

        then:
        reply.status == 200
        reply.headers['x-request-id'] == ['lb-7f3a9c']
        def lines = log.events.findAll { it.logger.endsWith('RequestLog') && it.mdc.request_id == 'lb-7f3a9c' }
        lines*.message == ['GET /api/boards/{slug} 200 in ' + lines[0].message.find(/\d+ ms/)]
    }

    def 'a request without one gets a new id; a header that is not an id (#what) is replaced, not logged'() {
        when:
        def reply = send('GET', "/api/boards/$slug", null, null, header == null ? [:] : ['X-Request-Id': header])

        then:
        String id = reply.headers['x-request-id'][0]
        id ==~ /[0-9a-f]{16}/
        log.events.any { it.logger.endsWith('RequestLog') && it.mdc.request_id == id }
        header == null || !log.mentions(header)

        where:
        what              | header
        'none'            | null
        'an email'        | 'pat@police.example'
        'words and space' | 'update 1.1 green'
    }

    def 'the path as typed never reaches the log: the route names the person'() {
        when:
        send('DELETE', "/api/boards/$slug/people/nobody@nowhere.example", null, null, [:])

        then:
        log.events.any { it.logger.endsWith('RequestLog') && it.message.startsWith('DELETE /api/boards/{slug}/people/{email} 404') }
        !log.mentions('nobody@nowhere.example')
    }

    def "the reply worked out after Slack's ack is logged under the command's request id"() {
        when: 'a refused note is logged while the reply is worked out, on the chat threads'
        def reply = slack.signed('/slack/commands', form(commandFields('UEVE', 'note 1.1 Jane Smith DOB 03/04/2012')),
                'application/x-www-form-urlencoded')
        eventually { assert log.events.any { it.message.startsWith('Refused a note') } }

        then:
        String id = reply.headers['x-request-id'][0]
        log.events.find { it.message.startsWith('Refused a note') }.mdc.request_id == id
        log.events.find { it.logger.endsWith('RequestLog') && it.message.startsWith('POST /slack/commands 200') }.mdc.request_id == id
        !log.mentions('Jane Smith')
    }

    def 'the digest sent after the answer to "send it now" is logged under that request id'() {
        given: 'Slack rate limits every post, so the sender logs its failed attempt'
        slack.retryAfterSeconds = 0
        slack.rateLimited['chat.postMessage'] = 3

        when:
        def reply = send('POST', "/api/boards/$slug/digest", '', 'application/json', ['X-Request-Id': 'digest-now-1'])
        eventually { assert log.events.any { it.message.startsWith('Delivery ') && it.message.contains('failed') } }

        then:
        reply.status == 202
        log.events.find { it.message.startsWith('Delivery ') && it.message.contains('failed') }.mdc.request_id == 'digest-now-1'

        cleanup:
        sql('DELETE FROM delivery WHERE board_id = (SELECT id FROM board WHERE slug = ?)', slug)
    }

    def 'health probes and scrapes that succeed stay out of the log; a refused scrape does not'() {
        when:
        send('GET', '/health/readiness', null, null, [Authorization: null])
        send('GET', '/prometheus', null, null, [:])
        send('GET', '/prometheus', null, null, [Authorization: null, 'X-Request-Id': 'scrape-no-token'])

        then:
        def lines = log.events.findAll { it.logger.endsWith('RequestLog') && it.message =~ /^GET \/(health|prometheus)/ }
        lines*.message.collect { it.replaceAll(/\d+ ms/, 'N ms') } == ['GET /prometheus 401 in N ms']
        lines[0].mdc.request_id == 'scrape-no-token'
    }
}
