package uk.lscb.cse.chat.slack.install

import spock.lang.AutoCleanup
import spock.lang.Shared
import uk.lscb.cse.support.FakeSlack
import uk.lscb.cse.support.PlanBoard
import uk.lscb.cse.support.ServiceSpec
import uk.lscb.cse.support.SlackWorkspace

/**
 * One service, many Slack workspaces (OAuth v2, "Add to Slack"): a board's admin makes an install
 * link, the workspace's owner follows it, Slack sends them back with a code, and the service stores
 * that workspace's bot token (encrypted) and links the workspace to the board. From then on every
 * call to Slack for that workspace carries its own token.
 */
class SlackInstallSpec extends ServiceSpec {
    static final String OLD_KEY = Base64.encoder.encodeToString((1..32).collect { it as byte } as byte[])
    static final String KEY = Base64.encoder.encodeToString((101..132).collect { it as byte } as byte[])

    @Shared @AutoCleanup SlackWorkspace slack = new SlackWorkspace(this)

    @Override
    Map<String, Object> properties() {
        slack.installSettings(KEY, ['slack.token-key-id': 'k2', 'slack.old-token-keys': "k1:$OLD_KEY".toString()])
    }

    def setup() {
        clock.set('2016-01-15T10:00:00Z')
        slack.reset()
        slack.emails.putAll(SlackWorkspace.USERS)
    }

    static String newTeam() {
        'T' + UUID.randomUUID().toString().replace('-', '').substring(0, 10).toUpperCase()
    }

    /** An install link for the board, made with this admin token; returns its state. */
    String link(PlanBoard board, String token = TOKEN) {
        def made = send('POST', "/api/boards/$board.slug/slack-install", null, null, [Authorization: "Bearer $token".toString()])
        assert made.status == 201: made
        assert made.json.installUrl.startsWith('https://cse-bot.example.org/slack/install?state=')
        URLDecoder.decode(made.json.installUrl.substring(made.json.installUrl.indexOf('state=') + 6), 'UTF-8')
    }

    /** Slack sending the person back with a code for this workspace. */
    Reply returnFromSlack(String state, String team, Map install = [:]) {
        String code = 'code-' + UUID.randomUUID()
        slack.installs[code] = [team: team] + install
        get("/slack/oauth_redirect?code=$code&state=${URLEncoder.encode(state, 'UTF-8')}")
    }

    String install(PlanBoard board, String team, Map install = [:]) {
        def page = returnFromSlack(link(board), team, install)
        assert page.status == 200: page
        team
    }

    def 'a board admin installs the app: the workspace is linked to the board, as that admin'() {
        given:
        def board = PlanBoard.withPlan(this, 'install')
        String manager = postJson('/api/admin-tokens', [owner: 'cat@lscb.example', scope: "board:$board.slug"]).json.token
        String team = newTeam()

        when: 'the link is opened: a page with the "Add to Slack" button, to Slack with the same state'
        String state = link(board, manager)
        def page = get("/slack/install?state=${URLEncoder.encode(state, 'UTF-8')}")

        then:
        page.status == 200
        page.contentType.startsWith('text/html')
        page.body.contains('Add to Slack')
        page.body.contains('https://slack.com/oauth/v2/authorize?client_id=1234.5678&amp;scope=commands%2Cchat%3Awrite')
        page.body.contains('redirect_uri=https%3A%2F%2Fcse-bot.example.org%2Fslack%2Foauth_redirect')

        when: 'Slack sends them back with a code'
        def done = returnFromSlack(state, team, [teamName: 'Stockport LSCB'])

        then: 'a friendly page, the code exchanged once with the app\'s credentials'
        done.status == 200
        done.body.contains('The CSE action plan is in your Slack workspace')
        done.body.contains('Stockport LSCB')
        slack.calls('oauth.v2.access').size() == 1
        slack.calls('oauth.v2.access')[0].params.redirect_uri == 'https://cse-bot.example.org/slack/oauth_redirect'

        and: 'the board serves the workspace; both changes recorded as the admin who made the link'
        get("/api/boards/$board.slug").json.slackTeamId == team
        sql("SELECT actor, change_ FROM audit_entry WHERE board_id = (SELECT id FROM board WHERE slug = ?)"
                + " AND entity IN ('board', 'slack_installation') ORDER BY id DESC LIMIT 2", board.slug)
                .collect { it[0] } == ['cat@lscb.example', 'cat@lscb.example']
        !sql("SELECT new_value FROM audit_entry WHERE entity = 'slack_installation'").flatten().any { it?.contains(slack.tokenOf(team)) }
    }

    def 'two workspaces installed: each command is answered and each digest sent with its own workspace\'s token'() {
        given:
        def stockport = PlanBoard.withPlan(this, 'stockport')
        def thurrock = PlanBoard.withPlan(this, 'thurrock')
        String a = install(stockport, newTeam())
        String b = install(thurrock, newTeam())
        [stockport, thurrock].each { it.set(slackDigestChannel: 'CDIGEST') }

        when: 'Eve asks in each workspace, sharing the answer'
        slack.team = a
        def fromA = slack.ask('UEVE', 'status 1.1 share')
        slack.team = b
        def fromB = slack.ask('UEVE', 'status 1.1 share')

        then: 'each workspace\'s board answered, every call with that workspace\'s token'
        fromA != null && fromB != null
        def byTeam = slack.calls.findAll { it.method in ['users.info', 'chat.postMessage'] }.groupBy { it.team }
        byTeam.keySet() == [a, b] as Set
        byTeam[a]*.token.unique() == [slack.tokenOf(a)]
        byTeam[b]*.token.unique() == [slack.tokenOf(b)]
        !slack.calls.any { it.refused }

        when: 'each board sends its digest'
        slack.calls.clear()
        [stockport, thurrock].each { assert post("/api/boards/$it.slug/digest", '', 'application/json').status == 202 }

        then:
        eventually.eventually {
            def digests = slack.calls('chat.postMessage').findAll { it.params.channel == 'CDIGEST' }
            assert digests.collect { [it.team, it.token] } as Set == [[a, slack.tokenOf(a)], [b, slack.tokenOf(b)]] as Set
        }
        eventually.eventually {
            assert sql("SELECT COUNT(*) FROM delivery d JOIN board b ON b.id = d.board_id WHERE b.slug IN (?, ?) AND d.status <> 'SENT'",
                    stockport.slug, thurrock.slug)[0][0] == 0
        }
        !slack.calls.any { it.refused }
    }

    def 'the tokens cannot be read from a dump of the database'() {
        given:
        String team = install(PlanBoard.withPeople(this, 'dump'), newTeam(), [rotation: true])
        String token = slack.tokenOf(team)
        String refresh = slack.refreshTokens[team]

        when:
        def dump = sql('SELECT * FROM slack_installation WHERE team_id = ?', team)[0].collect { String.valueOf(it) }.join('|')

        then:
        dump.contains(team)
        !dump.contains(token)
        !dump.contains(token.substring(12, 40))
        !dump.contains(refresh)
        sql('SELECT key_id FROM slack_installation WHERE team_id = ?', team)[0][0] == 'k2'

        and: 'the sealed token opens only for its own workspace and field'
        def cipher = new TokenCipher('k2', KEY, null)
        def sealed = sql('SELECT bot_token FROM slack_installation WHERE team_id = ?', team)[0][0] as String
        cipher.open('k2', sealed, team + '/bot') == token
        when:
        cipher.open('k2', sealed, 'TOTHER/bot')
        then:
        thrown(IllegalStateException)
    }

    def 'rows sealed under an old key are re-encrypted under the current one, and still work'() {
        given: 'a workspace installed while k1 was the key'
        def board = PlanBoard.withPlan(this, 'rekey')
        String team = install(board, newTeam())
        String token = slack.tokenOf(team)
        def old = new TokenCipher('k1', OLD_KEY, null)
        sql('UPDATE slack_installation SET key_id = ?, bot_token = ? WHERE team_id = ?', 'k1', old.seal(token, team + '/bot'), team)

        when:
        int resealed = bean(ReEncrypting).run()

        then:
        resealed >= 1
        sql('SELECT key_id FROM slack_installation WHERE team_id = ?', team)[0][0] == 'k2'
        bean(Installations).find(team).get().botToken() == token
    }

    def 'a #what install link is refused with a page saying so, and installs nothing'() {
        given:
        def board = PlanBoard.withPlan(this, 'refused')
        String team = newTeam()
        String state = link(board)

        when:
        if (what == 'used') {
            assert returnFromSlack(state, newTeam()).status == 200
        }
        if (what == 'expired') {
            clock.advance(java.time.Duration.ofMinutes(31))
        }
        def page = returnFromSlack(tamper(state), team)

        then:
        page.status == 400
        page.contentType.startsWith('text/html')
        page.body.contains(says)
        page.body.contains('Nothing')
        sql('SELECT COUNT(*) FROM slack_installation WHERE team_id = ?', team)[0][0] == 0
        get("/api/boards/$board.slug").json.slackTeamId != team
        slack.calls('oauth.v2.access').size() == (what == 'used' ? 1 : 0)

        where:
        what                   | tamper                                                          | says
        'forged'               | { String s -> 'x' * 43 + '.1999999999.' + 'y' * 43 }           | 'is not valid'
        'altered'              | { String s -> s.substring(0, s.lastIndexOf('.') - 1) + '9' + s.substring(s.lastIndexOf('.')) } | 'is not valid'
        'expired'              | { String s -> s }                                               | 'has expired'
        'used'                 | { String s -> s }                                               | 'already been used'
    }

    def 'someone who declines the install in Slack is told nothing was changed'() {
        given:
        def board = PlanBoard.withPlan(this, 'denied')
        String state = link(board)

        when:
        def page = get("/slack/oauth_redirect?error=access_denied&state=${URLEncoder.encode(state, 'UTF-8')}")

        then:
        page.status == 200
        page.body.contains('You chose not to allow it; nothing was changed')
        get("/api/boards/$board.slug").json.slackTeamId == null
        slack.calls('oauth.v2.access') == []
    }

    def 'with token rotation on, a token about to expire is refreshed before the call that needs it'() {
        given:
        def board = PlanBoard.withPlan(this, 'rotation')
        String team = install(board, newTeam(), [rotation: true])
        String first = slack.tokenOf(team)

        when: '11 h 45 min later (Slack\'s tokens last 12 h)'
        clock.advance(java.time.Duration.ofMinutes(11 * 60 + 45))
        slack.team = team
        slack.ask('UEVE', 'status')

        then:
        String second = slack.tokenOf(team)
        second != first
        slack.calls('oauth.v2.access').last().params.grant_type == 'refresh_token'
        slack.calls('users.info').last().token == second
        bean(Installations).find(team).get().botToken() == second
    }

    def '#event from Slack deletes the workspace\'s tokens and unlinks its board, audited'() {
        given:
        def board = PlanBoard.withPlan(this, 'gone')
        String team = install(board, newTeam())
        slack.team = team

        when:
        def reply = slack.event(payload)

        then:
        reply.status == 200
        sql('SELECT COUNT(*) FROM slack_installation WHERE team_id = ?', team)[0][0] == 0
        get("/api/boards/$board.slug").json.slackTeamId == null
        sql("SELECT actor, change_ FROM audit_entry WHERE entity = 'slack_installation' AND old_value LIKE ? ORDER BY id DESC LIMIT 1",
                "team=$team%".toString())[0] == ["Slack ($event)".toString(), event]

        when: 'the workspace asks again'
        def answer = slack.ask('UEVE', 'status')

        then:
        SlackWorkspace.shown(answer).contains('is not linked to a board yet')

        where:
        event             | payload
        'app_uninstalled' | [type: 'app_uninstalled']
        'tokens_revoked'  | [type: 'tokens_revoked', tokens: [oauth: [], bot: ['UBOT']]]
    }

    def 'the manifest names the redirect URL, the uninstall events and the scopes an install link asks for'() {
        given:
        Map manifest = new org.yaml.snakeyaml.Yaml().load(new File('../bot-manifests/slack/manifest.yml').text)

        expect:
        manifest.oauth_config.redirect_urls.collect { URI.create(it).path } == ['/slack/oauth_redirect']
        manifest.oauth_config.scopes.bot == SlackAppSettings.SCOPES.split(',') as List
        manifest.settings.event_subscriptions.bot_events.containsAll(['app_uninstalled', 'tokens_revoked'])
    }

    def 'erasing the admin who installed the app names the pseudonym on the installation and drops their unused links'() {
        given:
        def board = PlanBoard.withPeople(this, 'erase')
        String cat = postJson('/api/admin-tokens', [owner: 'cat@lscb.example', scope: "board:$board.slug"]).json.token
        String team = returnFromSlack(link(board, cat), newTeam()).with { assert it.status == 200; get("/api/boards/$board.slug").json.slackTeamId }
        link(board, cat)

        when:
        def erased = send('DELETE', "/api/boards/$board.slug/people/cat@lscb.example", null, null)

        then:
        erased.status == 200
        erased.json.changed.slackInstalls == 1
        sql('SELECT installed_by FROM slack_installation WHERE team_id = ?', team)[0][0] == erased.json.pseudonym
        sql('SELECT COUNT(*) FROM slack_install_state s JOIN board b ON b.id = s.board_id WHERE b.slug = ? AND s.used_at IS NULL',
                board.slug)[0][0] == 0
    }

    def 'a workspace linked to a board by hand but never installed is told how to install the app'() {
        given:
        def board = PlanBoard.withPlan(this, 'by-hand')
        String team = newTeam()
        board.set(slackTeamId: team)
        slack.team = team

        when:
        def answer = SlackWorkspace.shown(slack.ask('UEVE', 'status'))

        then:
        answer.contains("the Slack app is not installed in workspace $team")
        answer.contains('POST /api/boards/&lt;board&gt;/slack-install')     // Slack shows <board>
    }
}
