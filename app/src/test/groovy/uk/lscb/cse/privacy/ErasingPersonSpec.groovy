package uk.lscb.cse.privacy

import groovy.json.JsonSlurper
import spock.lang.AutoCleanup
import spock.lang.Shared
import uk.lscb.cse.board.Boards
import uk.lscb.cse.notify.DailySweep
import uk.lscb.cse.notify.SendingDueNotices
import uk.lscb.cse.support.PlanBoard
import uk.lscb.cse.support.ServiceSpec
import uk.lscb.cse.support.SlackWorkspace
import uk.lscb.cse.support.TeamsTenant

/**
 * A lead leaves and asks to be forgotten: the board manager erases them. Their name, email and
 * chat ids go from every table; the plan's record stays, their part in it by a pseudonym.
 *
 * The erased lead has a name and email no other spec uses, so "nowhere in the database" can be
 * checked by searching every text column of every table, including tables added after this spec.
 */
class ErasingPersonSpec extends ServiceSpec {
    static final String PLAN = '''
title: Erasure plan
themes:
  - name: Prevention
    actions:
      - ref: "1.1"
        action: Online safety pages for parents
        leads: [%1$s]
        timescale: 20 January 2016
        rag: G
      - ref: "1.2"
        action: Disruption plan for hotspots
        leads: [Police, %1$s]
        timescale: Sept 2015
        rag: A
      - ref: "1.3"
        action: Awareness sessions in every secondary school
        leads: [Education]
        timescale: Dec 2016
        rag: G
'''

    @Shared @AutoCleanup SlackWorkspace slack = new SlackWorkspace(this)
    @Shared @AutoCleanup TeamsTenant teams = new TeamsTenant(this)
    PlanBoard board
    long planId
    String nia
    String niaName
    String niaAad
    String niaToken
    String catToken

    @Override
    Map<String, Object> properties() { slack.settings() + teams.settings() }

    def setup() {
        String unique = UUID.randomUUID().toString().substring(0, 8)
        nia = "nia.$unique@police.example"
        niaName = "Nia Quinn-Okafor $unique"
        niaAad = UUID.randomUUID().toString()
        clock.set('2015-12-10T10:00:00Z')
        board = PlanBoard.withPeople(this, 'erase')
        assert post("/api/boards/$board.slug/people", "name,email,agency,role\n$niaName,$nia,Police,lead", 'text/csv').status == 200
        slack.linkTo(board)
        slack.api.emails[slackUser] = nia
        teams.linkTo(board, '19:erase@thread.tacv2')
        teams.api.users[niaAad] = nia
        teams.installedBy('pat')
        assert teams.post([type        : 'conversationUpdate', id: 'f:' + UUID.randomUUID(), channelId: 'msteams',
                           serviceUrl  : teams.api.serviceUrl, membersAdded: [[id: '28:bot-app-id']],
                           from        : [id: '29:nia', aadObjectId: niaAad],
                           conversation: [id: "a:personal-$niaAad".toString(), conversationType: 'personal', tenantId: teams.tenant],
                           channelData : [tenant: [id: teams.tenant]]]).status == 200
        niaToken = postJson('/api/admin-tokens', [owner: nia]).json.token
        catToken = postJson('/api/admin-tokens', [owner: 'cat@lscb.example']).json.token
        def imported = post("/api/boards/$board.slug/plans", String.format(PLAN, nia), 'application/yaml',
                [Authorization: "Bearer $niaToken".toString()])
        assert imported.status == 201
        planId = imported.json.planId as long
    }

    def cleanup() {
        sql('DELETE FROM delivery WHERE board_id = ?', boardId())
    }

    String getSlackUser() { 'U' + nia.substring(4, 12).toUpperCase() }

    long boardId() { bean(Boards).find(board.slug).id() }

    def 'a lead erased from the board is gone from every table; the plan and its history stay, by "former lead #N"'() {
        given: 'she updates 1.1 from her direct chat with the bot, and is named in a note by Pat'
        clock.set('2016-01-14T10:00:00Z')
        slack.command(slackUser, 'update 1.1 amber waiting on the web team', slack.api.responseUrl(), "D$slackUser")
        eventually { assert history('1.1').size() == 2 }
        assert postJson("/api/plans/$planId/actions/1.2/updates",
                [rag: 'red', note: "$niaName is chasing the venue", author: 'pat@police.example']).status == 201

        and: 'the sweep alerted her on Slack and Teams (1.2 overdue, 1.1 due soon)'
        clock.set('2016-01-15T09:00:00Z')
        bean(DailySweep).run(bean(Boards).find(board.slug))
        bean(SendingDueNotices).sendDue()

        and: 'the weekly digest names her as a lead and for her RAG move'
        clock.set('2016-01-18T09:00:00Z')
        assert post("/api/boards/$board.slug/digest", '', 'application/json').status in [200, 202]
        // The digest is sent after the answer; a pass of our own waits for that sender's lock, so the
        // alert decided next is still unsent when she is erased.
        eventually { assert sql("SELECT COUNT(*) FROM delivery WHERE board_id = ? AND status IN ('PENDING', 'SENDING')", boardId())[0][0] == 0 }
        bean(SendingDueNotices).sendDue()

        and: 'a later alert to her is still to be sent'
        clock.set('2016-01-21T09:00:00Z')
        bean(DailySweep).run(bean(Boards).find(board.slug))

        def before = [actions : sql('SELECT COUNT(*) FROM action WHERE plan_id = ?', planId)[0][0],
                      history : sql('SELECT COUNT(*) FROM progress_update pu JOIN action a ON a.id = pu.action_id WHERE a.plan_id = ?', planId)[0][0],
                      ledger  : sql('SELECT COUNT(*) FROM delivery WHERE board_id = ?', boardId())[0][0]]
        assert mentionsOfNia()

        when: 'the board manager erases her'
        def erased = send('DELETE', "/api/boards/$board.slug/people/$nia", null, null, [Authorization: "Bearer $catToken".toString()])
        String pseudonym = erased.json.pseudonym

        then: 'the answer says what changed'
        erased.status == 200
        pseudonym ==~ /former lead #\d+/
        // Her alerts on two platforms (two sent, one to send, each on both), and the digest naming her (one message on each).
        erased.json.changed == [adminTokens: 1, auditEntries: 3, chatThreads: 4, deliveries: 8, deliveriesCancelled: 2, leadOfActions: 2,
                                notesMentioning: 1, people: 1, plansImported: 1, progressUpdates: 4, slackInstalls: 0,
                                teamsConversations: 1, teamsSent: 2]
        erased.json.notes == ["1.1 of 'Erasure plan' has no lead now: name one in the plan file and import it"]

        and: 'her email, name, Slack and Teams ids are nowhere in the database'
        mentionsOfNia() == []

        and: 'the plan is whole: every action and history entry is there, hers by the pseudonym'
        sql('SELECT COUNT(*) FROM action WHERE plan_id = ?', planId)[0][0] == before.actions
        sql('SELECT COUNT(*) FROM progress_update pu JOIN action a ON a.id = pu.action_id WHERE a.plan_id = ?', planId)[0][0] == before.history
        sql('SELECT COUNT(*) FROM delivery WHERE board_id = ?', boardId())[0][0] == before.ledger
        history('1.1')*.author == [pseudonym, pseudonym]
        history('1.1')[0].note == 'waiting on the web team'
        history('1.2')*.author == ['pat@police.example', pseudonym]
        history('1.2')[0].note == "$pseudonym is chasing the venue"
        get("/api/plans/$planId/actions/1.2").json.with { [leadAgencies, leadPeople] } == [['Police'], []]
        get("/api/plans/$planId/actions/1.1").json.with { [leadAgencies, leadPeople] } == [[], []]
        get("/api/boards/$board.slug/plans").json[0].importedBy == pseudonym

        and: 'what was still to be sent to her will not be'
        sql("SELECT status, last_error FROM delivery WHERE board_id = ? AND recipient = ? AND sent_at IS NULL", boardId(), pseudonym) ==
                [['SUPERSEDED', 'not sent: the recipient was erased']] * 2

        and: 'everyone else is as they were'
        get("/api/boards/$board.slug/people").json*.email.sort() ==
                ['cat@lscb.example', 'eve@school.example', 'out@health.example', 'pat@police.example']
        sql("SELECT email FROM teams_conversation WHERE tenant_id = ? AND kind = 'PERSON'", teams.tenant) == [['pat@police.example']]

        and: 'her admin token no longer works'
        get("/api/boards/$board.slug", [Authorization: "Bearer $niaToken".toString()]).status == 401

        and: 'the erasure is audited, by the pseudonym alone'
        def entry = sql("SELECT actor, new_value FROM audit_entry WHERE board_id = ? AND change_ = 'erased'", boardId())[0]
        entry[0] == 'cat@lscb.example'
        entry[1].startsWith("$pseudonym; changed {adminTokens=1, auditEntries=3,")

        when: 'the digest lists her move, and her unanswered alert comes up for escalation'
        clock.set('2016-01-18T09:00:00Z')
        def digest = post("/api/boards/$board.slug/digest?preview=true", '', 'application/json').json
        clock.set('2016-01-25T09:00:00Z')
        bean(DailySweep).run(bean(Boards).find(board.slug))
        def escalation = sql("SELECT notice FROM delivery WHERE board_id = ? AND kind = 'ESCALATION'", boardId())[0][0]

        then: 'both read as before, with the pseudonym where her name was'
        digest.lines.find { it.action.ref == '1.1' && it.section == 'MOVED' }.detail == "Green → Amber by $pseudonym"
        new JsonSlurper().parseText(escalation).alerted == [pseudonym]
    }

    def 'erasing someone who is not one of the board\'s people is refused and changes nothing'() {
        when:
        def reply = send('DELETE', "/api/boards/$board.slug/people/someone@else.example", null, null)

        then:
        reply.status == 404
        reply.json.error == "no one with that email is one of Board $board.slug's people" +
                " (GET /api/boards/$board.slug/people lists them); nothing was erased"
        get("/api/boards/$board.slug/people").json.size() == 5
    }

    List history(String ref) { get("/api/plans/$planId/actions/$ref/updates").json as List }

    /** Every table and text column where her email, name, Slack user or DM channel, or Azure AD id appears. */
    List<String> mentionsOfNia() {
        def columns = sql("""SELECT table_name, column_name FROM information_schema.columns
                             WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'text', 'mediumtext', 'longtext')""")
        columns.collectMany { table, column ->
            [nia, niaName, slackUser, niaAad].findAll { value ->
                (sql("SELECT COUNT(*) FROM `$table` WHERE `$column` LIKE ?", "%$value%".toString())[0][0] as int) > 0
            }.collect { "$table.$column: $it".toString() }
        }
    }
}
