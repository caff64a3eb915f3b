package uk.lscb.cse.notify

import groovy.json.JsonOutput

/** The weekly digest counts the due dates moved in its week: slippage is what a board asks about first. */
class DigestSlipsSpec extends NotifySpec {

    def 'two moves of due dates on Wednesday are counted in Monday\'s digest, and a date given to an ongoing action is not'() {
        given:
        clock.set('2016-01-13T10:00:00Z')
        [['1.5', 'March 2017'], ['1.2', 'Feb 2016'], ['1.3', 'Dec 2016']].each { ref, when ->
            assert send('PATCH', "/api/plans/$chasingPlan/actions/$ref", JsonOutput.toJson([timescale: when, reason: 'staff left']),
                    'application/json').status == 200
        }

        when:
        def preview = post("/api/boards/$slug/digest?preview=true", '', 'application/json').json
        digestOnMonday()

        then:
        preview.digest.slipped == 2
        def message = slack.calls('chat.postMessage').find { it.params.channel == 'CDIGEST' } ?: slack.calls('chat.postMessage')[0]
        (message.params.blocks as String).contains('Due dates moved this week')
        get("/api/plans/$chasingPlan/summary").json.slipped == 2
    }
}
