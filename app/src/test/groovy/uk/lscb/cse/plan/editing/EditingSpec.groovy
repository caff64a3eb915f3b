package uk.lscb.cse.plan.editing

import groovy.json.JsonOutput
import uk.lscb.cse.chat.slack.SlackServiceSpec

/**
 * Timescale, leads and priority changed after import, from Slack and the admin API: each change is
 * kept with who, where and why; each move of a due date counts as a slip, shown in status.
 */
class EditingSpec extends SlackServiceSpec {

    List changes(String ref) {
        get("/api/plans/$planId/actions/$ref/changes").json as List
    }

    def patch(String ref, Map body, String email = null) {
        send('PATCH', "/api/plans/$planId/actions/$ref", JsonOutput.toJson(body), 'application/json',
                email ? [Authorization: "Bearer ${tokenOf(email)}".toString()] : [:])
    }

    def 'a lead moves a due date with a reason: kept with who, where and why, and counted as a slip in status'() {
        when:
        def reply = ask('UEVE', 'due 1.1 March 2016 waiting on the new contract')

        then:
        shown(reply).contains('*1.1* timescale Sept 2015 → March 2016 by Eve Education')
        shown(reply).contains('waiting on the new contract')
        get("/api/plans/$planId/actions/1.1").json.timescale.due == '2016-03-31'
        with(changes('1.1')[0]) {
            field == 'TIMESCALE'
            from == 'Sept 2015'
            to == 'March 2016'
            reason == 'waiting on the new contract'
            author == 'eve@school.example'
            source == 'SLACK'
        }

        when: 'it slips again'
        ask('UEVE', 'due 1.1 30/06/2016 - venue lost')
        def status = shown(ask('UEVE', 'status 1.1'))

        then:
        status.contains('*Original timescale*\nSept 2015')
        status.contains('*Timescale*\n30/06/2016')
        status.contains('*Slips*\n2 moves of the due date')
        shown(ask('UCAT', 'status')).contains('*Slipped (due date moved)*\n1')
        with(shown(ask('UEVE', 'history 1.1'))) {
            contains('Changes to the action')
            contains('eve@school.example · timescale March 2016 → 30/06/2016 · _venue lost_')
        }
        get("/api/plans/$planId/summary").json.slipped == 1
    }

    def '"#text" from #who is refused with what to do next, and nothing changes'() {
        when:
        def reply = ask(who, text)

        then:
        shown(reply).contains(expected)
        changes('1.1') == []
        get("/api/plans/$planId/actions/1.1").json.timescale.text == 'Sept 2015'

        where:
        who    | text                                | expected
        'UEVE' | 'due 1.1 March 2016'                | 'Say why the date moves: due 1.1 March 2016 waiting on the new contract'
        'UEVE' | 'due 1.1 when the venue is free'    | 'I could not read a date at the start of "when the venue is free"'
        'UEVE' | 'due 1.1'                           | 'Say the new date and why'
        'UEVE' | 'due 9.9 March 2016 late'           | "has no action '9.9'"
        'UEVE' | 'priority 1.1 off'                  | 'Not changed: on this board only a coordinator can change 1.1\'s leads or priority. Ask Cat Coordinator.'
        'UOUT' | 'due 1.1 March 2016 busy'           | 'Not changed: on this board a coordinator or a lead of 1.1 can move 1.1\'s due date'
        'UEVE' | 'lead 1.1 add'                      | 'Say add or remove, and who'
        'UCAT' | 'lead 1.1 remove Education'         | "Education is 1.1's only lead: add another first"
        'UCAT' | 'priority 1.1 maybe'                | 'Say on or off'
        'UCAT' | 'priority 1.1 on'                   | '1.1 is already a priority: nothing changed.'
        'UEVE' | 'due 1.1 March 2016 J Smith DOB 03/04/2009' | 'This note was not saved'
        'USTRANGER' | 'due 1.1 March 2016 late'       | "You can't change actions yet"
    }

    def 'a coordinator adds a lead by mention and clears a priority; leads and history follow'() {
        when:
        def added = ask('UCAT', 'lead 1.1 add <@UPAT|pat> covering the schools work')
        def cleared = ask('UCAT', 'priority 1.1 off')

        then:
        shown(added).contains('*1.1* lead added: Pat Police by Cat Coordinator')
        !shown(added).contains('pat@police.example')
        shown(cleared).contains('*1.1* no longer a top priority')
        with(get("/api/plans/$planId/actions/1.1").json) {
            leadPeople*.name == ['Pat Police']
            priority == false
        }
        changes('1.1')*.field == ['PRIORITY', 'LEADS']
        changes('1.1')[1].to == 'Education, pat@police.example'
        changes('1.1')[1].reason == 'covering the schools work'
        shown(ask('UPAT', 'mine')).contains('*1.1*')
    }

    def 'over the API, #who may #change on a board whose leads may change #rule: #status'() {
        given:
        assert put("/api/boards/$slug/editing", [leadsMay: rule]).json == [leadsMay: rule]

        when:
        def reply = patch('1.1', body, who == 'CSE_ADMIN_TOKEN' ? null : who)

        then:
        reply.status == status
        changes('1.1').size() == (status == 200 ? 1 : 0)

        where:
        who                  | rule      | change       | body                                                  || status
        'cat@lscb.example'   | 'nothing' | 'move a due date' | [timescale: 'March 2016', reason: 'contract']    || 200
        'cat@lscb.example'   | 'nothing' | 'set priority'    | [priority: false]                                || 200
        'eve@school.example' | 'due'     | 'move a due date' | [timescale: 'March 2016', reason: 'contract']    || 200
        'eve@school.example' | 'due'     | 'set priority'    | [priority: false]                                || 403
        'eve@school.example' | 'due'     | 'add a lead'      | [addLead: 'Police']                              || 403
        'eve@school.example' | 'all'     | 'set priority'    | [priority: false]                                || 200
        'eve@school.example' | 'all'     | 'add a lead'      | [addLead: 'Police']                              || 200
        'eve@school.example' | 'nothing' | 'move a due date' | [timescale: 'March 2016', reason: 'contract']    || 403
        'out@health.example' | 'all'     | 'move a due date' | [timescale: 'March 2016', reason: 'contract']    || 403
        'CSE_ADMIN_TOKEN'    | 'nothing' | 'move a due date' | [timescale: 'March 2016', reason: 'contract']    || 200
    }

    def 'the API refuses a due date without a reason, a timescale without a date, and two changes at once'() {
        expect:
        patch('1.1', body).status == 400
        patch('1.1', body).json.error.contains(says)

        where:
        body                                                 | says
        [timescale: 'March 2016']                            | 'Say why the date moves'
        [timescale: 'when the venue is free', reason: 'x']   | 'has no date in it'
        [timescale: 'March 2016', priority: true, reason: 'x'] | 'send one change at a time'
    }

    def 'when a lead is erased, the changes she made and the leads she held stay, by her pseudonym'() {
        given:
        ask('UEVE', 'due 1.1 March 2016 Eve Education is waiting on the new contract')
        ask('UCAT', 'lead 1.1 add <@UEVE|eve>')

        when:
        def erased = send('DELETE', "/api/boards/$slug/people/eve@school.example", null, null,
                [Authorization: "Bearer ${tokenOf('cat@lscb.example')}".toString()])
        String pseudonym = erased.json.pseudonym

        then:
        erased.status == 200
        erased.json.changed.actionChanges == 2
        changes('1.1')*.author == ['cat@lscb.example', pseudonym]
        changes('1.1')[1].reason == "$pseudonym is waiting on the new contract"
        changes('1.1')[0].to == "Education, $pseudonym"
        sql("SELECT COUNT(*) FROM action_change WHERE plan_id = ? AND (author LIKE '%eve%' OR new_value LIKE '%eve@%' OR reason LIKE '%Eve%')", planId)[0][0] == 0
    }

    def 'a due date moved on an action that was to commence later keeps no stale start, so it can fall overdue'() {
        given: '1.1 is to commence in July 2016'
        sql("UPDATE action SET start_date = '2016-07-01' WHERE plan_id = ? AND ref = '1.1'", planId)

        when:
        ask('UCAT', 'due 1.1 March 2016 board asked for it sooner')

        then:
        sql("SELECT start_date FROM action WHERE plan_id = ? AND ref = '1.1'", planId) == [[null]]
    }
}
