package uk.lscb.cse.kpi

import groovy.json.JsonOutput
import uk.lscb.cse.notify.NotifySpec
import uk.lscb.cse.support.SlackWorkspace

/** The weekly digest, posted in the board's channel, lists the week's values and the measures overdue, small numbers kept safe. */
class KpiDigestSpec extends NotifySpec {

    def 'the digest shows values given this week as a channel may see them, and the measures overdue for a value'() {
        given: 'the measures imported on Monday 11 January 2016, values given on the Tuesday'
        clock.set('2016-01-11T08:00:00Z')
        long plan = chasing.importPlan(KpiFixture.YAML)
        clock.set('2016-01-12T10:00:00Z')
        give(plan, 1, 'pat@police.example', '3')
        give(plan, 2, 'pat@police.example', '9')
        give(plan, 2, 'eve@school.example', '2')

        when:
        digestOnMonday()

        then:
        String digest = slack.posted().findAll { it.channel == 'CDIGEST' }.collect {
            SlackWorkspace.shown([blocks: new groovy.json.JsonSlurper().parseText(it.blocks as String)])
        }.join('\n')
        digest.contains('*Measures given a value this week*')
        digest.contains('• *1* CSE referrals received by the police — 2015-16 Q3: fewer than 5')
        digest.contains('• *2* Risk assessments completed (by agency) — 2015-12: ' + SmallNumbers.WITHHELD
                + ' (Police 9 · Education fewer than 5)')
        digest.contains('*Measures overdue for a value*')
        digest.contains('• *3* Return interviews held within 72 hours — 2015-16 Q3 — Education')
        !digest.contains('Q3: 3')
        !digest.contains('11')
    }

    def 'with the board\'s threshold at 10, a 7 is "fewer than 10" in the digest'() {
        given:
        assert put("/api/boards/$slug/kpi-settings", [suppressBelow: 10]).status == 200
        clock.set('2016-01-11T08:00:00Z')
        long plan = chasing.importPlan(KpiFixture.YAML)
        clock.set('2016-01-12T10:00:00Z')
        give(plan, 1, 'pat@police.example', '7')

        when:
        digestOnMonday()

        then:
        slack.posted().find { it.channel == 'CDIGEST' }.blocks.contains('2015-16 Q3: fewer than 10')
    }

    private void give(long plan, int number, String email, String value) {
        def reply = send('POST', "/api/plans/$plan/kpis/$number/values", JsonOutput.toJson([value: value]), 'application/json',
                [Authorization: "Bearer ${tokenOf(email)}".toString()])
        assert reply.status == 201: reply
    }
}
