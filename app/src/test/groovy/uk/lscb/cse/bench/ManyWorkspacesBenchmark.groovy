package uk.lscb.cse.bench

import groovy.json.JsonOutput
import spock.lang.AutoCleanup
import spock.lang.Shared
import uk.lscb.cse.board.Board
import uk.lscb.cse.board.Boards
import uk.lscb.cse.chat.slack.install.WorkspaceTokens
import uk.lscb.cse.db.Jdbc
import uk.lscb.cse.notify.DailySweep
import uk.lscb.cse.notify.SendingDueNotices
import uk.lscb.cse.notify.WeeklyDigest
import uk.lscb.cse.support.ServiceSpec
import uk.lscb.cse.support.SlackWorkspace

import java.net.http.HttpRequest
import java.net.http.HttpResponse

/**
 * Benchmark, not a spec: one service for 200 boards, each in its own Slack workspace installed
 * through "Add to Slack" (its own bot token, stored encrypted). The fake Slack knows which token
 * belongs to which workspace and refuses any other (invalid_auth), and the run checks that every
 * call for a board's workspace carried that workspace's token. Measures the Monday sweep and digest
 * of all boards, sending what they decided, and /cse status with the token lookup in the path:
 * steady (each instance keeps a token in memory for five minutes) and cold (every command the first
 * for its workspace: a database read and an AES-GCM decryption). Run with
 *   ./mvnw -pl app test -Dtest=ManyWorkspacesBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class ManyWorkspacesBenchmark extends ServiceSpec {
    static final int BOARDS = Integer.getInteger('bench.boards', 200)
    static final int ACTIONS = 60
    static final int OVERDUE = 6
    /** Workspace ids of this run's own: an earlier run's workspaces are still linked to its boards. */
    static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase()

    @Shared @AutoCleanup SlackWorkspace slack = new SlackWorkspace(this)
    /** Board number → [slug, team, id]. */
    @Shared List<Map> boards = []

    @Override
    Map<String, Object> properties() {
        slack.installSettings(Base64.encoder.encodeToString((1..32).collect { it as byte } as byte[]))
    }

    def cleanupSpec() {
        boards*.id.collate(500).each { ids -> sql("DELETE FROM delivery WHERE board_id IN (${Jdbc.marks(ids.size())})", *ids) }
    }

    def '200 boards in 200 workspaces: sweep, digest and /cse status, each workspace with its own token'() {
        given:
        clock.set('2015-12-28T10:00:00Z')
        slack.emails['UCAT'] = 'cat@lscb.example'
        long setupStart = System.nanoTime()
        (1..BOARDS).each { boards << board(it) }
        println "set up $BOARDS boards, each installed in its own workspace, in ${(System.nanoTime() - setupStart).intdiv(1_000_000_000)} s"

        when: 'Monday 09:00: each board is swept and its digest decided, then the sender sends everything'
        clock.set('2016-01-11T09:00:00Z')
        slack.calls.clear()
        List<Board> all = boards.collect { bean(Boards).find(it.slug as String) }
        long sweep = ms { all.each { bean(DailySweep).run(it) } }
        long digest = ms { all.each { bean(WeeklyDigest).scheduled(it) } }
        def pass = null
        long send = ms { pass = bean(SendingDueNotices).sendDue() }

        then: 'every notice went, each with the token of its own board\'s workspace'
        pass.failed == 0
        pass.sent >= BOARDS * 2          // at least an alert to each board's lead, and each board's digest
        !slack.calls.any { it.refused }
        slack.calls.findAll { it.method == 'chat.postMessage' }.every { it.team == teamOfChannel(it.params.channel as String) }
        slack.calls.findAll { it.method == 'users.lookupByEmail' }.every { it.team == teamOfEmail(it.params.email as String) }

        when: '/cse status from all 200 workspaces, 16 people at a time'
        Load load = new Load()
        slack.onResponse = { Map response -> load.replied(response.path.tokenize('/').last(), response.at as long) }
        def steady = load.run('/cse status, token kept in memory') { String id -> status(load, id) }
        def cold = load.run('/cse status, token read and decrypted') { String id ->
            bean(WorkspaceTokens).kept.clear()
            status(load, id)
        }

        then:
        !slack.calls.any { it.refused }
        slack.calls.findAll { it.method == 'users.info' }.every { it.team != null }
        println "\n| run over $BOARDS boards / workspaces | ms |"
        println '|---|---|'
        println "| daily sweep (${BOARDS * OVERDUE} overdue actions: an alert for each to its board's lead) | $sweep |"
        println "| weekly digest decided | $digest |"
        println "| sending ${pass.sent} notices (user lookup, DM open, post; each with its workspace's token) | $send |"
        Latency.report([steady, cold])
    }

    private Map board(int n) {
        String email = "lead$n@police.example"
        String slug = boardWithPeople('many', ["Lee Lead $n,$email,Police,lead", 'Cam Coord,cam@lscb.example,LSCB,coordinator'])
        StringBuilder yaml = new StringBuilder("title: Plan $n\nthemes:\n  - name: Prevention\n    actions:\n")
        (1..ACTIONS).each { a ->
            yaml << "      - action: Action $a of board $n\n        leads: [$email]\n"
            yaml << "        timescale: ${a <= OVERDUE ? 'Sept 2015' : 'Dec 2030'}\n        rag: ${['G', 'A', 'R'][a % 3]}\n"
        }
        assert post("/api/boards/$slug/plans", yaml.toString(), 'application/yaml').status == 201
        String team = String.format('TB%s%04d', RUN, n)
        def link = post("/api/boards/$slug/slack-install", null, null)
        String state = URLDecoder.decode(link.json.installUrl.substring(link.json.installUrl.indexOf('state=') + 6), 'UTF-8')
        slack.installs["code-$n".toString()] = [team: team]
        assert get("/slack/oauth_redirect?code=code-$n&state=${URLEncoder.encode(state, 'UTF-8')}").status == 200
        put("/api/boards/$slug", [slackDigestChannel: 'C' + team.substring(1)])
        slack.emails["U$n".toString()] = email
        [slug: slug, team: team, id: sql('SELECT id FROM board WHERE slug = ?', slug)[0][0] as long]
    }

    private String teamOfChannel(String channel) {
        // A digest goes to C + the team's digits; an alert to the DM with U<n>, the lead of board n.
        channel.startsWith('C') ? 'T' + channel.substring(1) : boards[(channel.substring(2) as int) - 1].team
    }

    private String teamOfEmail(String email) {
        boards[((email =~ /lead(\d+)@/)[0][1] as int) - 1].team
    }

    private int status(Load load, String id) {
        Map board = boards[Math.floorMod(id.hashCode(), BOARDS)]
        load.expect(id)
        Map fields = [token: 'legacy', team_id: board.team, team_domain: 'lscb', channel_id: 'CPLAN', channel_name: 'cse-plan',
                      user_id: 'UCAT', user_name: 'cat', command: '/cse', text: 'status', api_app_id: 'A0CSEBOT',
                      response_url: "${slack.url}/commands/${board.team}/$id".toString(), trigger_id: '1.2.3']
        String body = SlackWorkspace.form(fields)
        long ts = clock.instant().epochSecond
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:${server.port}/slack/commands"))
                .header('Content-Type', 'application/x-www-form-urlencoded').header('X-Slack-Request-Timestamp', String.valueOf(ts))
                .header('X-Slack-Signature', SlackWorkspace.sign(SlackWorkspace.SECRET, ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode()
    }

    private static long ms(Closure work) {
        long start = System.nanoTime()
        work()
        (System.nanoTime() - start).intdiv(1_000_000)
    }
}
