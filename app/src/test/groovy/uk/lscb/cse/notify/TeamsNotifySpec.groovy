package uk.lscb.cse.notify

import spock.lang.AutoCleanup
import spock.lang.Shared
import uk.lscb.cse.support.TeamsTenant

import static uk.lscb.cse.support.FakeTeams.shown

/** Alerts, escalations and digests for a board on Teams, and on Slack and Teams at once: once per platform. */
class TeamsNotifySpec extends NotifySpec {
    static final Map<String, String> AAD = TeamsTenant.AAD
    static final String TEAMS_CHANNEL = '19:digest@thread.tacv2'

    @Shared @AutoCleanup TeamsTenant teams = new TeamsTenant(this)

    @Override
    Map<String, Object> properties() {
        super.properties() + teams.settings()
    }

    def setup() {
        teams.linkTo(chasing, TEAMS_CHANNEL)
        // Pat, Eve and Owen have the app; Cat, the coordinator, has never opened it.
        ['pat', 'eve', 'out'].each { installedBy(it) }
        // The app is in the team whose channel takes the digest.
        teams.installedIn(TEAMS_CHANNEL)
    }

    String getTenant() { teams.tenant }

    void installedBy(String who) { teams.installedBy(who) }

    void postActivity(Map activity) {
        assert teams.post(activity).status == 200
    }

    /** Messages the bot sent on Teams, as [conversation, summary]. */
    List<List<String>> teamsMessages() {
        teams.sent.collect { [it.conversation, it.activity.summary] }
    }

    def 'a board on Slack and Teams: each lead gets each alert once on each'() {
        when:
        def decided = sweepOn('2016-01-15T09:00:00Z')
        send()

        then: 'four notices, decided once per platform'
        decided == [(NoticeKind.OVERDUE): 2, (NoticeKind.DUE_SOON): 2, (NoticeKind.REVIEW): 2, (NoticeKind.STALE): 2]
        ledger().countBy { it.platform } == [slack: 4, teams: 4]
        ledger().every { it.status == Delivery.Status.SENT }
        dms()*.get(0) == ['UEVE', 'UPAT', 'UPAT', 'UOUT']
        teamsMessages() == [['a:personal-eve', '⚠️ 1.1 is 107 days overdue (due 30 Sep 2015)'],
                            ['a:personal-pat', '⏰ 1.2 is due in 5 days (20 Jan 2016)'],
                            ['a:personal-pat', '🔁 1.3 (ongoing) is due for review (1 Dec 2015)'],
                            ['a:personal-out', '⌛ 1.5 has had no update for 36 days (last 10 Dec 2015)']]

        when: 'the sweep runs again'
        sweepOn('2016-01-15T09:30:00Z')
        send()

        then: 'nothing more on either'
        slack.posted().size() == 4
        teams.sent.size() == 4
    }

    def 'the overdue alert on Teams is a card with the RAG buttons and raises an activity-feed notice'() {
        when:
        sweepOn('2016-01-15T09:00:00Z')
        send()

        then:
        def alert = teams.sent.find { it.conversation == 'a:personal-eve' }
        alert.activity.attachments[0].content.actions*.title == ['Green', 'Amber', 'Red', 'Complete', 'Add note']
        shown(alert.activity).contains('Reply to this message to update it')
        def feed = teams.graph.findAll { it.path.endsWith('/teamwork/sendActivityNotification') }
        feed*.path == ["/users/${AAD.eve}/teamwork/sendActivityNotification".toString()]
        feed[0].body.activityType == 'overdueAlert'
    }

    def 'replying to a Teams alert updates its action'() {
        given:
        sweepOn('2016-01-15T09:00:00Z')
        send()
        def alert = teams.sent.find { it.conversation == 'a:personal-eve' }

        when:
        clock.set('2016-01-15T11:00:00Z')
        postActivity([type: 'message', id: 'reply-' + UUID.randomUUID(), channelId: 'msteams', text: 'done - all 14 schools visited',
                      replyToId: alert.id, serviceUrl: teams.serviceUrl, from: [id: '29:eve', aadObjectId: AAD.eve],
                      conversation: [id: 'a:personal-eve', conversationType: 'personal', tenantId: tenant],
                      channelData: [tenant: [id: tenant]]])

        then:
        eventually.eventually {
            def latest = get("/api/plans/$chasingPlan/actions/1.1/updates").json[0]
            assert [latest.ragAfter, latest.note, latest.source] == ['COMPLETE', 'all 14 schools visited', 'TEAMS']
        }
    }

    def 'a board on Teams only: Slack gets nothing'() {
        given:
        assert put("/api/boards/$slug", [slackTeamId: '', slackDigestChannel: '']).json.slackTeamId == null

        when:
        sweepOn('2016-01-15T09:00:00Z')
        send()

        then:
        ledger()*.platform.unique() == ['teams']
        slack.posted() == []
        teams.sent.size() == 4
    }

    def 'an escalation to a coordinator who never opened the app: it is installed for them, and the card goes once Teams says so'() {
        given: 'Teams only; alerts go out on Wednesday 23 March 2016 and are not answered'
        put("/api/boards/$slug", [slackTeamId: ''])
        sweepOn('2016-03-23T09:00:00Z')
        send()

        when: 'Friday 1 April, five working days on'
        sweepOn('2016-04-01T08:00:00Z')
        def first = send()

        then: 'the app is installed for Cat; the escalations wait'
        first.failed() == 2
        teams.graph.findAll { it.path.endsWith('/teamwork/installedApps') }*.body*.get('teamsApp@odata.bind').unique() ==
                ["${teams.url}/v1.0/appCatalogs/teamsApps/catalog-app-id".toString()]
        get('/api/deliveries?status=retrying').json.findAll { it.boardId == board().id() }*.lastError.every {
            it.startsWith('installed the app for the recipient') }

        when: 'Teams tells the bot about the new chat, and the sender tries again'
        installedBy('cat')
        clock.set('2016-04-01T08:05:00Z')
        send()

        then: 'each escalation reaches Cat once'
        teamsMessages().findAll { it[0] == 'a:personal-cat' }*.get(1) ==
                ['🚨 1.1 is 184 days overdue and its alert has had no answer', '🚨 1.2 is 72 days overdue and its alert has had no answer']
        ledger().every { it.status == Delivery.Status.SENT }
    }

    def 'the weekly digest is one card in the Teams channel, and a reply in its thread naming 1.3 updates it'() {
        given: 'Teams only; Pat moved 1.3 to red last week'
        put("/api/boards/$slug", [slackTeamId: ''])
        clock.set('2016-01-13T14:00:00Z')
        postJson("/api/plans/$chasingPlan/actions/1.3/updates", [rag: 'red', note: 'no venue', author: 'pat@police.example'])

        when:
        clock.set('2016-01-18T09:00:00Z')
        bean(WeeklyDigest).scheduled(board())
        bean(WeeklyDigest).scheduled(board())
        send()

        then: 'one card, with the lines in it and no notes or emails'
        teamsMessages() == [[TEAMS_CHANNEL, "Weekly digest: Board $slug, week of 18 Jan 2016".toString()]]
        def card = shown(teams.sent[0].activity)
        card.contains('• **1.3** Keep the MASE meeting under review — 🔴 Red — Police · Green → Red by Pat Police')
        card.contains('• **1.5** Health passport for looked-after children')
        !card.contains('no venue')
        !card.contains('@')

        when: 'Pat replies in the card\'s thread'
        postActivity([type: 'message', id: 'reply-digest-1', channelId: 'msteams', text: '1.3 amber - venue found for March',
                      serviceUrl: teams.serviceUrl, from: [id: '29:pat', aadObjectId: AAD.pat],
                      conversation: [id: "$TEAMS_CHANNEL;messageid=${teams.sent[0].id}".toString(), conversationType: 'channel',
                                     tenantId: tenant], channelData: [tenant: [id: tenant]]])

        then:
        eventually.eventually {
            def latest = get("/api/plans/$chasingPlan/actions/1.3/updates").json[0]
            assert [latest.ragAfter, latest.note, latest.source] == ['AMBER', 'venue found for March', 'TEAMS']
        }
        eventually.eventually { assert teams.sent.size() == 2 }
        shown(teams.sent[1].activity).contains('Updated **1.3** 🔴 Red → 🟠 Amber by Pat Police')
        !shown(teams.sent[1].activity).contains('venue found')
    }

    def 'the weekly digest goes to the Teams channel once, a message per line'() {
        given: 'Teams only; Pat moved 1.3 to red last week'
        put("/api/boards/$slug", [slackTeamId: ''])
        assert put("/api/boards/$slug/schedule", [digestStyle: 'message-per-line']).status == 200
        clock.set('2016-01-13T14:00:00Z')
        postJson("/api/plans/$chasingPlan/actions/1.3/updates", [rag: 'red', note: 'no venue', author: 'pat@police.example'])

        when:
        clock.set('2016-01-18T09:00:00Z')
        bean(WeeklyDigest).scheduled(board())
        bean(WeeklyDigest).scheduled(board())
        send()

        then:
        teamsMessages()*.get(0).unique() == [TEAMS_CHANNEL]
        teamsMessages()*.get(1) == ["Weekly digest: Board $slug, week of 18 Jan 2016".toString(),
                                    'RAG moves this week: 1.3 Keep the MASE meeting under review',
                                    'Top priority, not green: 1.1 Awareness sessions in every secondary school',
                                    'Top priority, not green: 1.5 Health passport for looked-after children']
        !teams.sent.any { shown(it.activity).contains('no venue') }

        and: 'leads by name, never by email: the digest is in a channel'
        shown(teams.sent[3].activity).contains('Owen Outsider')
        !teams.sent.any { shown(it.activity).contains('@') }
    }

    def 'a board on both platforms: escalations and the digest go once on each'() {
        given: 'Cat has the app on Teams too; alerts go out on Wednesday 23 March 2016 and are not answered'
        installedBy('cat')
        sweepOn('2016-03-23T09:00:00Z')
        send()
        slack.reset()
        teams.reset()

        when: 'escalations on Friday 1 April, the digest on Monday 4 April, each run twice'
        sweepOn('2016-04-01T08:00:00Z')
        sweepOn('2016-04-01T08:10:00Z')
        send()
        clock.set('2016-04-04T08:00:00Z')
        bean(WeeklyDigest).scheduled(board())
        bean(WeeklyDigest).scheduled(board())
        send()

        then: 'Slack: two escalations to Cat, one digest in the channel'
        dms() == [['UCAT', '🚨 1.1 is 184 days overdue and its alert has had no answer'],
                  ['UCAT', '🚨 1.2 is 72 days overdue and its alert has had no answer']]
        slack.posted().count { it.channel == 'CDIGEST' && it.text.startsWith('Weekly digest') } == 1

        and: 'Teams: the same, once'
        teamsMessages().findAll { it[0] == 'a:personal-cat' }*.get(1) ==
                ['🚨 1.1 is 184 days overdue and its alert has had no answer', '🚨 1.2 is 72 days overdue and its alert has had no answer']
        teamsMessages().count { it[0] == TEAMS_CHANNEL && it[1].startsWith('Weekly digest') } == 1
        ledger().every { it.status == Delivery.Status.SENT }
    }

    def 'a card Teams took whose sender stopped before the ledger recorded it is not sent again'() {
        given: 'Teams only; four alerts; an instance claims them, sends the first card and stops'
        put("/api/boards/$slug", [slackTeamId: ''])
        sweepOn('2016-01-15T09:00:00Z')
        def claimed = (1..4).collect { bean(DeliveryClaims).next().get() }
        def first = claimed[0].delivery()
        server.applicationContext.getBeansOfType(Notifier).find { it.platform() == 'teams' }.send(first, board(), claimed[0].until())
        assert teams.sent.size() == 1

        when: 'its claim runs out and a sender runs again'
        clock.set('2016-01-15T09:03:00Z')
        send()

        then: "the bot's record of what it sent answers for Teams, which cannot be asked: the first card is not sent again"
        teams.sent.size() == 4
        teams.sent*.conversation.countBy { it } == ['a:personal-eve': 1, 'a:personal-pat': 2, 'a:personal-out': 1]
        ledger().find { it.id == first.id() }.messageId == teams.sent[0].id
        ledger().every { it.status == Delivery.Status.SENT }
    }
}
