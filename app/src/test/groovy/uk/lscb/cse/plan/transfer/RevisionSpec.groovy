package uk.lscb.cse.plan.transfer

import uk.lscb.cse.chat.slack.SlackServiceSpec

/**
 * A board takes a new version of its plan: reworded, renumbered, re-timescaled, removed and added
 * actions. The plan stays the same plan, each matched action the same row with its history and its
 * threads; a dry run shows the same changes and writes nothing.
 */
class RevisionSpec extends SlackServiceSpec {
    static final String VERSION_2 = '''
title: Spec plan (revised)
period: {start: 2015-01, end: 2016-12}
themes:
  - name: Prevention
    aim: Stop it happening
    actions:
      - ref: "1.1"
        action: Awareness sessions in every secondary and special school
        leads: [Education]
        timescale: March 2016
        rag: A
        priority: true
      - ref: "1.2"
        action: Peer mentoring for young people in care
        leads: [Education]
        timescale: June 2016
        rag: G
        progress: Two mentors recruited
      - ref: "1.3"
        action: Online safety pages for parents
        leads: [pat@police.example]
        timescale: March 2016
        rag: G
  - name: Pursuit
    actions:
      - ref: "2.2"
        action: Review the MASE meeting
        leads: [Police]
        timescale: Ongoing
        rag: R
'''

    static final List<String> TABLES = ['action', 'action_change', 'plan_version', 'progress_update', 'theme', 'objective',
                                        'milestone', 'action_lead_agency', 'action_lead_person', 'audit_entry', 'plan']

    Map<String, Long> rows() {
        TABLES.collectEntries { [(it): sql("SELECT COUNT(*) FROM $it")[0][0] as long] }
    }

    def revise(Map query = [:]) {
        String q = ([reason: 'Board review March 2016'] + query).collect { k, v -> "$k=${URLEncoder.encode(v as String, 'UTF-8')}" }.join('&')
        send('PUT', "/api/plans/$planId?$q", VERSION_2, 'application/yaml')
    }

    def 'a dry run lists every change, old → new, and writes nothing'() {
        given:
        def before = rows()

        when:
        def reply = revise(dryRun: true)

        then:
        reply.status == 200
        with(reply.json) {
            dryRun == true
            version == 2
            counts == [added: 1, removed: 1, reworded: 1, retimescaled: 1, reled: 1, reprioritised: 1, renumbered: 1, unchanged: 0]
            added == [[ref: '1.2', text: 'Peer mentoring for young people in care', theme: 'Prevention']]
            removed == [[ref: '2.1', text: 'Disruption plan for hotspots', rag: 'Complete']]
            reworded == [[ref: '1.1', from: 'Awareness sessions in every secondary school',
                          to: 'Awareness sessions in every secondary and special school', similarity: 0.91]]
            retimescaled == [[ref: '1.1', from: 'Sept 2015', to: 'March 2016', similarity: null]]
            reled == [[ref: '2.2', from: 'Education, Police', to: 'Police', similarity: null]]
            reprioritised == [[ref: '2.2', from: 'priority', to: 'not priority', similarity: null]]
            renumbered == [[from: '1.2', to: '1.3', similarity: 1.0, text: 'Online safety pages for parents']]
        }
        rows() == before
    }

    def 'applied, the plan keeps its id and each action its row, history and changes, with who and why'() {
        given: 'Pat reported on 1.2 before the revision'
        postJson("/api/plans/$planId/actions/1.2/updates", [rag: 'amber', note: 'pages drafted', author: 'pat@police.example'])
        long online = get("/api/plans/$planId/actions/1.2").json.id as long

        when:
        def reply = revise()

        then:
        reply.status == 200
        reply.json.dryRun == false
        get("/api/boards/$slug/plans").json.size() == 1

        and: 'the renumbered action is the same row, with its history'
        get("/api/plans/$planId/actions/1.3").json.id as long == online
        history('1.3')*.note == ['pages drafted', null]

        and: 'the new 1.2 starts with the file\'s progress'
        history('1.2')*.note == ['Two mentors recruited']

        and: 'every change is recorded with who and why'
        sql("SELECT field, old_value, new_value, reason, author FROM action_change WHERE action_id = ?", online) ==
                [['REF', '1.2', '1.3', 'Board review March 2016', 'CSE_ADMIN_TOKEN']]
        sql("""SELECT c.old_value, c.new_value, c.slip FROM action_change c JOIN action a ON a.id = c.action_id
               WHERE a.plan_id = ? AND c.field = 'TIMESCALE'""", planId) == [['Sept 2015', 'March 2016', true]]
        get("/api/plans/$planId/versions").json*.number == [2]
        get("/api/plans/$planId/versions").json[0].reason == 'Board review March 2016'

        and: 'the removed action is retired: kept, listed, out of the plan\'s actions and status'
        get("/api/plans/$planId/retired").json*.ref == ['2.1']
        get("/api/plans/$planId/actions").json*.ref == ['1.1', '1.2', '1.3', '2.2']
        get("/api/plans/$planId/actions/2.1").status == 404
        get("/api/plans/$planId/summary").json.actions == 4
        get("/api/plans/$planId/summary").json.byRag == [NOT_STARTED: 0, NOT_RATED: 0, RED: 1, AMBER: 2, GREEN: 1, COMPLETE: 0]

        and: 'an export is the new version'
        get("/api/plans/$planId", [Accept: 'text/csv']).body.readLines().size() == 5
    }

    def 'a reply in the thread of 1.2, shared before it was renumbered 1.3, still updates that action'() {
        given:
        ask('UEVE', 'status 1.2 share')
        String thread = sql('SELECT message_id FROM chat_thread t JOIN action a ON a.id = t.action_id WHERE a.plan_id = ? AND a.ref = ?',
                planId, '1.2')[0][0] as String
        revise()

        when:
        event([type: 'message', channel: 'CPLAN', channel_type: 'channel', user: 'UPAT', text: 'amber - waiting on the designer',
               ts: '1800000000.000100', thread_ts: thread])

        then:
        eventually.eventually { assert history('1.3').size() == 2 }
        history('1.3')[0].note == 'waiting on the designer'
        history('1.2').size() == 1
    }

    def 'a reply in the thread of a removed action is told it was removed in revision 2, and nothing is written'() {
        given:
        ask('UPAT', 'status 2.1 share')
        String thread = sql('SELECT message_id FROM chat_thread t JOIN action a ON a.id = t.action_id WHERE a.plan_id = ? AND a.ref = ?',
                planId, '2.1')[0][0] as String
        revise()
        long updates = sql('SELECT COUNT(*) FROM progress_update')[0][0] as long

        when:
        event([type: 'message', channel: 'CPLAN', channel_type: 'channel', user: 'UPAT', text: 'green - plan agreed',
               ts: '1800000000.000200', thread_ts: thread])

        then:
        eventually.eventually { assert slack.calls('chat.postEphemeral').size() == 1 }
        slack.calls('chat.postEphemeral')[0].params.text.contains('2.1 was removed from the plan in revision 2')
        sql('SELECT COUNT(*) FROM progress_update')[0][0] as long == updates
    }

    def 'applying needs a reason, and only the board\'s current plan can be revised'() {
        expect:
        with(send('PUT', "/api/plans/$planId", VERSION_2, 'application/yaml')) {
            status == 400
            body.contains('say why the plan is revised')
        }
    }

    def 'a CSV export with one timescale changed revises the plan: the title stays, 1.2 is re-timescaled, nothing else changes'() {
        given:
        String csv = get("/api/plans/$planId", [Accept: 'text/csv']).body.replace('March 2016', 'June 2016')

        when:
        def reply = send('PUT', "/api/plans/$planId?reason=Spring%20review", csv, 'text/csv')

        then:
        reply.status == 200
        reply.json.counts == [added: 0, removed: 0, reworded: 0, retimescaled: 1, reled: 0, reprioritised: 0, renumbered: 0, unchanged: 3]
        reply.json.retimescaled == [[ref: '1.2', from: 'March 2016', to: 'June 2016', similarity: null]]
        get("/api/boards/$slug/plans").json[0].title == 'Spec plan'
        history('1.2').size() == 1
    }

    def 'a revision stores a start date "To commence in …" gives, for a matched action and for an added one'() {
        given:
        String yaml = VERSION_2.replace('timescale: June 2016', 'timescale: To commence in July 2016')
                .replace('timescale: March 2016\n        rag: G', 'timescale: To commence in September 2016\n        rag: G')

        when:
        def reply = send('PUT', "/api/plans/$planId?reason=Spring%20review", yaml, 'application/yaml')

        then: '1.3 (was 1.2) matched, 1.2 added: each starts when its wording says'
        reply.status == 200
        sql("SELECT ref, start_date FROM action WHERE plan_id = ? AND ref IN ('1.2', '1.3') ORDER BY ref", planId)
                .collect { [it[0], it[1] as String] } == [['1.2', '2016-07-01'], ['1.3', '2016-09-01']]
    }
}
