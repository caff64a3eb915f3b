package uk.lscb.cse.api

import groovy.json.JsonOutput
import io.micronaut.http.HttpMethod
import io.micronaut.web.router.Router
import io.micronaut.web.router.UriRouteInfo
import spock.lang.Shared
import uk.lscb.cse.support.PlanBoard
import uk.lscb.cse.support.ServiceSpec

/**
 * One service, many boards: a board's manager holds a token scoped to that board ("board:<slug>").
 * Every admin route that names a board, or a plan of one, checks it: another board's routes are
 * refused (403, saying which board the token covers), listings show the token's board only, and
 * the admin tokens themselves are kept for all-boards admins. Routes nobody classified are refused.
 */
class BoardScopedTokensSpec extends ServiceSpec {
    @Shared PlanBoard mine
    @Shared PlanBoard other
    @Shared String managerToken

    def setupSpec() {
        clock.set('2016-01-15T10:00:00Z')
        mine = PlanBoard.withPlan(this, 'mine')
        other = PlanBoard.withPlan(this, 'other')
        def made = postJson('/api/admin-tokens', [owner: 'cat@lscb.example', scope: "board:$mine.slug"])
        assert made.status == 201: made
        assert made.json.scope == "board:$mine.slug"
        managerToken = made.json.token
    }

    Reply asManager(String method, String path, Object body = null, String contentType = 'application/json') {
        send(method, path, body == null ? null : body instanceof String ? body : JsonOutput.toJson(body),
                body == null ? null : contentType, [Authorization: "Bearer $managerToken".toString()])
    }

    static final String DEMO_YAML = 'title: x\nthemes: []\n'

    /** Every admin route, with a call on a board (or plan) and what a board manager may do. */
    static final List<List> ROUTES = [
            // method, route template,                          path (BOARD / PLAN filled in),              body
            ['GET',    '/api/boards/{slug}',                   '/api/boards/BOARD',                         null],
            ['PUT',    '/api/boards/{slug}',                   '/api/boards/BOARD',                         [timeZone: 'Europe/London']],
            ['POST',   '/api/boards/{slug}/digest',            '/api/boards/BOARD/digest?preview=true',     null],
            ['GET',    '/api/boards/{slug}/plans',             '/api/boards/BOARD/plans',                   null],
            ['POST',   '/api/boards/{slug}/plans',             '/api/boards/BOARD/plans',                   DEMO_YAML],
            ['GET',    '/api/boards/{slug}/people',            '/api/boards/BOARD/people',                  null],
            ['POST',   '/api/boards/{slug}/people',            '/api/boards/BOARD/people',                  'name,email,agency,role\n'],
            ['DELETE', '/api/boards/{slug}/people/{email}',    '/api/boards/BOARD/people/nobody@x.example', null],
            ['GET',    '/api/boards/{slug}/schedule',          '/api/boards/BOARD/schedule',                null],
            ['PUT',    '/api/boards/{slug}/schedule',          '/api/boards/BOARD/schedule',                [:]],
            ['POST',   '/api/boards/{slug}/slack-install',     '/api/boards/BOARD/slack-install',           null],
            ['GET',    '/api/boards/{slug}/rag-definitions',   '/api/boards/BOARD/rag-definitions',         null],
            ['PUT',    '/api/boards/{slug}/rag-definitions',   '/api/boards/BOARD/rag-definitions',         [Green: 'on track']],
            ['GET',    '/api/plans/{id}',                      '/api/plans/PLAN',                           null],
            ['GET',    '/api/plans/{id}/actions',              '/api/plans/PLAN/actions',                   null],
            ['GET',    '/api/plans/{id}/actions/{ref}',        '/api/plans/PLAN/actions/1.1',               null],
            ['GET',    '/api/plans/{id}/actions/{ref}/updates', '/api/plans/PLAN/actions/1.1/updates',      null],
            ['POST',   '/api/plans/{id}/actions/{ref}/updates', '/api/plans/PLAN/actions/1.1/updates',      [rag: 'amber', note: 'scoped']],
            ['GET',    '/api/plans/{id}/summary',              '/api/plans/PLAN/summary',                   null],
            ['GET',    '/api/plans/{id}/report',               '/api/plans/PLAN/report?format=html',        null],
            ['GET',    '/api/boards/{slug}/report-settings',   '/api/boards/BOARD/report-settings',         null],
            ['PUT',    '/api/boards/{slug}/report-settings',   '/api/boards/BOARD/report-settings',         [daysBeforeMeeting: 5]],
            ['GET',    '/api/boards/{slug}/meetings',          '/api/boards/BOARD/meetings',                null],
            ['PUT',    '/api/boards/{slug}/meetings',          '/api/boards/BOARD/meetings',                [dates: ['2016-03-31']]],
            ['PUT',    '/api/plans/{id}',                      '/api/plans/PLAN?dryRun=true',               DEMO_YAML],
            ['GET',    '/api/plans/{id}/versions',             '/api/plans/PLAN/versions',                  null],
            ['GET',    '/api/plans/{id}/retired',              '/api/plans/PLAN/retired',                   null],
            ['PATCH',  '/api/plans/{id}/actions/{ref}',        '/api/plans/PLAN/actions/1.1',               [priority: false]],
            ['GET',    '/api/plans/{id}/actions/{ref}/changes', '/api/plans/PLAN/actions/1.1/changes',      null],
            ['GET',    '/api/boards/{slug}/editing',           '/api/boards/BOARD/editing',                 null],
            ['PUT',    '/api/boards/{slug}/editing',           '/api/boards/BOARD/editing',                 [leadsMay: 'due']],
            ['GET',    '/api/plans/{id}/kpis',                 '/api/plans/PLAN/kpis',                      null],
            ['POST',   '/api/plans/{id}/kpis',                 '/api/plans/PLAN/kpis',                      [measure: 'Return interviews held', period: 'quarterly']],
            ['GET',    '/api/plans/{id}/kpis/{number}',        '/api/plans/PLAN/kpis/1',                    null],
            ['PUT',    '/api/plans/{id}/kpis/{number}',        '/api/plans/PLAN/kpis/1',                    [target: 5]],
            ['GET',    '/api/plans/{id}/kpis/{number}/values', '/api/plans/PLAN/kpis/1/values',             null],
            ['POST',   '/api/plans/{id}/kpis/{number}/values', '/api/plans/PLAN/kpis/1/values',             [value: '4']],
            ['GET',    '/api/boards/{slug}/kpi-settings',      '/api/boards/BOARD/kpi-settings',            null],
            ['PUT',    '/api/boards/{slug}/kpi-settings',      '/api/boards/BOARD/kpi-settings',            [:]],
    ]
    /** Routes of no board: what a board's manager gets. */
    static final List<List> UNSCOPED = [
            ['GET',    '/api/admin-tokens',      403],
            ['POST',   '/api/admin-tokens',      403],
            ['DELETE', '/api/admin-tokens/{id}', 403],
            ['GET',    '/api/deliveries',        200],
            ['GET',    '/api/schedules',         400],     // the scheduler is off in specs: the same answer as an all-boards admin's
            ['GET',    '/api/bank-holidays',     200],
    ]

    String fill(String path, PlanBoard board) {
        path.replace('BOARD', board.slug).replace('PLAN', String.valueOf(board.planId))
    }

    String contentTypeOf(Object body) {
        body instanceof String ? (body.startsWith('title') ? 'application/yaml' : 'text/csv') : 'application/json'
    }

    def 'a board manager\'s token on #method #route: another board\'s is refused with 403, their own is not'() {
        when:
        def theirs = asManager(method, fill(path, other), body, contentTypeOf(body))
        def own = asManager(method, fill(path, mine), body, contentTypeOf(body))

        then:
        theirs.status == 403
        theirs.json.error.contains("board:$mine.slug")
        theirs.json.error.contains('all-boards')
        own.status != 403 && own.status != 401

        where:
        [method, route, path, body] << ROUTES
    }

    def 'nothing changes on the other board when its manager is refused'() {
        when:
        asManager('POST', "/api/plans/$other.planId/actions/1.1/updates", [rag: 'red', note: 'not mine'])
        asManager('PUT', "/api/boards/$other.slug", [name: 'Taken over'])

        then:
        other.history('1.1').every { it.note != 'not mine' }
        get("/api/boards/$other.slug").json.name != 'Taken over'
    }

    def 'on #method #route a board manager gets #status'() {
        expect:
        asManager(method, route.replace('{id}', '1'), method == 'POST' ? [owner: 'x@y.example'] : null).status == status

        where:
        [method, route, status] << UNSCOPED
    }

    def 'the delivery ledger lists the manager\'s own board only'() {
        given: 'a digest queued on each board'
        [mine, other].each { board ->
            board.set(slackTeamId: 'T' + UUID.randomUUID().toString().replace('-', '').substring(0, 10).toUpperCase(),
                    slackDigestChannel: 'CDIGEST')
            assert post("/api/boards/$board.slug/digest", null, null).status == 202
        }
        long mineId = sql('SELECT id FROM board WHERE slug = ?', mine.slug)[0][0] as long

        expect:
        def ledger = { Closure<Reply> ask -> ['pending', 'sending', 'retrying', 'failed', 'sent'].collectMany { ask(it).json as List } }
        def listed = ledger { status -> asManager('GET', "/api/deliveries?status=$status&limit=1000") }
        listed && listed.every { it.boardId == mineId }
        ledger { status -> get("/api/deliveries?status=$status&limit=1000") }.any { it.boardId != mineId }

        cleanup: 'no Slack answers these boards here: their digests are given up, so that no later spec sends them'
        eventually.eventually { assert sql("SELECT COUNT(*) FROM delivery d JOIN board b ON b.id = d.board_id WHERE b.slug IN (?, ?)"
                + " AND d.status = 'SENDING'", mine.slug, other.slug)[0][0] == 0 }
        sql("UPDATE delivery SET status = 'FAILED' WHERE status IN ('PENDING', 'RETRYING')"
                + " AND board_id IN (SELECT id FROM board WHERE slug IN (?, ?))", mine.slug, other.slug)
    }

    def 'every admin route is in the table above'() {
        given:
        def routes = bean(Router).uriRoutes()
                .findAll { UriRouteInfo r -> r.uriMatchTemplate.toString().startsWith('/api/') && r.uriMatchTemplate.toString() != '/api/messages' }
                .findAll { UriRouteInfo r -> r.httpMethod != HttpMethod.HEAD }     // made for each GET
                .collect { UriRouteInfo r -> [r.httpMethod.name(), r.uriMatchTemplate.toString()] } as Set
        def covered = (ROUTES.collect { [it[0], it[1]] } + UNSCOPED.collect { [it[0], it[1]] }) as Set

        expect:
        routes - covered == [] as Set
    }

    def 'a scope naming no board is refused when the token is made'() {
        when:
        def reply = postJson('/api/admin-tokens', [owner: 'cat@lscb.example', scope: 'board:no-such-board'])

        then:
        reply.status == 400
        reply.json.error.contains("no board 'no-such-board'")
    }

    def 'a change by a board manager is audited under the token\'s owner'() {
        when:
        asManager('PUT', "/api/boards/$mine.slug", [name: 'Renamed by its manager'])

        then:
        sql("SELECT actor FROM audit_entry WHERE entity = 'board' AND new_value LIKE ? ORDER BY id DESC LIMIT 1",
                '%Renamed by its manager%')[0][0] == 'cat@lscb.example'
    }

    def 'a board manager links a Slack workspace by installing the app, not by typing its id'() {
        when:
        def reply = asManager('PUT', "/api/boards/$mine.slug", [slackTeamId: 'T0TAKEN01'])

        then:
        reply.status == 403
        reply.json.error.contains("POST /api/boards/$mine.slug/slack-install")
        get("/api/boards/$mine.slug").json.slackTeamId != 'T0TAKEN01'
    }
}
