package uk.lscb.cse.privacy

import uk.lscb.cse.notify.NotifySpec

/**
 * Records that name people or their chat accounts are not kept for ever: each board says how long
 * (with safe defaults), and a nightly run, tested here on a fixed clock without Quartz, deletes
 * what is older: Slack event ids, finished deliveries, conversation references of people who are
 * not the board's.
 */
class RetentionSpec extends NotifySpec {

    def 'a board keeps the safe defaults until its manager sets its own, with its other settings'() {
        expect:
        get("/api/boards/$slug").json.retention == [slackEventDays: 30, deliveryMonths: 24, conversationDays: 30]

        when:
        def saved = put("/api/boards/$slug", [retention: [deliveryMonths: 36]])

        then: 'what was not given stays as it was'
        saved.status == 200
        get("/api/boards/$slug").json.retention == [slackEventDays: 30, deliveryMonths: 36, conversationDays: 30]
        sql("SELECT new_value FROM audit_entry WHERE board_id = ? AND entity = 'board' ORDER BY id DESC LIMIT 1", board().id())[0][0]
                .endsWith('retention: slackEventDays=30, deliveryMonths=36, conversationDays=30')
    }

    def 'a retention that cannot work is refused with what to do: #why'() {
        when:
        def reply = put("/api/boards/$slug", [retention: retention])

        then:
        reply.status == 400
        reply.json.error == error
        get("/api/boards/$slug").json.retention == [slackEventDays: 30, deliveryMonths: 24, conversationDays: 30]

        where:
        why                          | retention                 | error
        'events kept no time'        | [slackEventDays: 0]       | 'retention.slackEventDays must be between 1 and 365 days, not 0'
        'ledger shorter than digest' | [deliveryMonths: 1]       | 'retention.deliveryMonths must be between 3 and 120 months, not 1'
        'ledger for ever'            | [deliveryMonths: 1200]    | 'retention.deliveryMonths must be between 3 and 120 months, not 1200'
        'references for ever'        | [conversationDays: 3650]  | 'retention.conversationDays must be between 1 and 365 days, not 3650'
    }

    def 'the nightly run with the ledger kept #months months deletes #deleted and audits it'() {
        given: 'the sweep of 15 January 2016 alerted four leads, and Slack sent an event'
        put("/api/boards/$slug", [retention: [deliveryMonths: months]])
        sweepOn('2016-01-15T09:00:00Z')
        send()
        event([type: 'message', channel: 'CPLAN', user: 'UPAT', text: 'thanks all', ts: '1452848400.000100',
               thread_ts: '1452848000.000100'])
        eventually { assert slackEvents() == 1 }

        and: '1.3 is complete since; the 21 January alert about 1.2 is still to be sent'
        assert postJson("/api/plans/$chasingPlan/actions/1.3/updates",
                [rag: 'complete', note: 'review done', author: 'cat@lscb.example']).status == 201
        sweepOn('2016-01-21T09:00:00Z')

        and: 'Teams conversation references: Pat (one of the board\'s people), two strangers and a channel'
        String tenant = UUID.randomUUID().toString()
        put("/api/boards/$slug", [teamsTenantId: tenant])
        reference(tenant, 'aad-pat', 'PERSON', 'pat@police.example', '2016-01-15 10:00:00')
        reference(tenant, 'aad-stranger', 'PERSON', 'stranger@example.org', '2016-01-15 10:00:00')
        reference(tenant, 'aad-unknown', 'PERSON', null, '2016-01-15 10:00:00')
        reference(tenant, 'aad-newcomer', 'PERSON', 'newcomer@example.org', '2018-01-10 10:00:00')
        reference(tenant, '19:plan@thread.tacv2', 'CHANNEL', null, '2016-01-15 10:00:00')

        and: 'records no board claims: an event from before events named their workspace, a tenant linked to none'
        sql("INSERT INTO slack_event (event_id, received_at, team_id) VALUES (?, '2016-01-15 10:00:00', NULL)", 'Ev-old-' + UUID.randomUUID())
        reference(UUID.randomUUID().toString(), 'aad-elsewhere', 'PERSON', 'someone@elsewhere.example', '2016-01-15 10:00:00')

        when: 'the nightly run of 16 January 2018, two years on'
        clock.set('2018-01-16T02:30:00Z')
        def expired = bean(EnforcingRetention).run()

        then:
        expired.deleted()[slug] == deleted
        expired.deleted()[''].slackEvents >= 1 && expired.deleted()[''].teamsConversations >= 1

        and: 'the ledger keeps what is unsent, and alerts about actions still open, which stop the sweep alerting again'
        ledger().collect { [it.kind.name(), it.notice.action().ref(), it.status.name()] } == kept

        and: 'Pat keeps her reference, and so do the newcomer (used lately) and the channel'
        sql('SELECT party FROM teams_conversation WHERE tenant_id = ? ORDER BY party', tenant)*.get(0) ==
                ['19:plan@thread.tacv2', 'aad-newcomer', 'aad-pat']
        slackEvents() == 0

        and: 'the deletions are audited with their counts'
        sql("SELECT actor, source, new_value FROM audit_entry WHERE board_id = ? AND entity = 'retention'", board().id()) ==
                [['retention', 'SCHEDULE', 'deleted {' + deleted.collect { k, v -> "$k=$v" }.join(', ') + '}']]

        where:
        months | deleted                                                    | kept
        24     | [deliveries: 2, slackEvents: 1, teamsConversations: 2]     | [['OVERDUE', '1.1', 'SENT'], ['STALE', '1.5', 'SENT'], ['OVERDUE', '1.2', 'PENDING']]
        36     | [slackEvents: 1, teamsConversations: 2]                    | [['OVERDUE', '1.1', 'SENT'], ['DUE_SOON', '1.2', 'SENT'], ['REVIEW', '1.3', 'SENT'], ['STALE', '1.5', 'SENT'], ['OVERDUE', '1.2', 'PENDING']]
    }

    int slackEvents() {
        sql('SELECT COUNT(*) FROM slack_event WHERE team_id = ?', slack.team)[0][0] as int
    }

    void reference(String tenant, String party, String kind, String email, String updatedAt) {
        sql("""INSERT INTO teams_conversation (tenant_id, party, kind, service_url, conversation_id, email, updated_at)
               VALUES (?, ?, ?, 'https://smba.trafficmanager.net/uk/', ?, ?, ?)""", tenant, party, kind, "a:$party".toString(), email, updatedAt)
    }
}
