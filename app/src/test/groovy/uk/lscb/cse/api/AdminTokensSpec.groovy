package uk.lscb.cse.api

import groovy.json.JsonOutput
import uk.lscb.cse.support.PlanBoard
import uk.lscb.cse.support.ServiceSpec

import java.security.MessageDigest

/**
 * Each admin has a token of their own, made by an admin (the environment token makes the first):
 * shown once, stored only as its SHA-256, listed without the secret, revoked at once. Whatever a
 * caller writes in X-Actor or "author", a change is recorded as the token's owner.
 */
class AdminTokensSpec extends ServiceSpec {
    PlanBoard board

    def setup() {
        clock.set('2016-01-15T10:00:00Z')
        board = PlanBoard.withPlan(this, 'tokens')
    }

    Reply as(String token, String method, String path, Object json = null, Map<String, String> headers = [:]) {
        send(method, path, json == null ? null : JsonOutput.toJson(json), json == null ? null : 'application/json',
                [Authorization: "Bearer $token".toString()] + headers)
    }

    Map create(Map request) {
        def reply = postJson('/api/admin-tokens', request)
        assert reply.status == 201: reply
        reply.json as Map
    }

    static String sha256(String token) {
        MessageDigest.getInstance('SHA-256').digest(token.getBytes('UTF-8')).encodeHex().toString()
    }

    def 'an admin makes a token for a person: shown once, stored as its hash, listed without the secret'() {
        when:
        def made = create(owner: 'Cat@LSCB.example')

        then:
        made.owner == 'cat@lscb.example'
        made.scope == 'all'
        made.token.startsWith('cse_')
        made.token.length() >= 40

        and: 'the database holds the hash, never the token'
        sql('SELECT token_hash, owner, scope FROM admin_token WHERE id = ?', made.id) == [[sha256(made.token), 'cat@lscb.example', 'all']]
        sql('SELECT COUNT(*) FROM admin_token WHERE token_hash = ?', made.token)[0][0] == 0

        and: 'the list names the owner and when, never the secret'
        def list = get('/api/admin-tokens')
        list.status == 200
        !list.body.contains(made.token)
        def listed = list.json.find { it.id == made.id }
        listed.owner == 'cat@lscb.example'
        listed.scope == 'all'
        listed.createdBy == 'CSE_ADMIN_TOKEN'
        listed.createdAt == '2016-01-15T10:00:00Z'
        listed.revokedAt == null
        !listed.containsKey('token')

        and: 'the token opens the admin API'
        as(made.token, 'GET', "/api/boards/$board.slug").status == 200
    }

    def 'a revoked token is refused at once, and the revocation is listed'() {
        given:
        def made = create(owner: 'cat@lscb.example')
        assert as(made.token, 'GET', "/api/boards/$board.slug").status == 200

        when:
        def revoked = send('DELETE', "/api/admin-tokens/$made.id", null, null)

        then:
        revoked.status == 204
        as(made.token, 'GET', "/api/boards/$board.slug").status == 401
        get('/api/admin-tokens').json.find { it.id == made.id }.revokedAt == '2016-01-15T10:00:00Z'
    }

    def 'making a token with #problem is refused with 400 and says what to send'() {
        when:
        def reply = postJson('/api/admin-tokens', request)

        then:
        reply.status == 400
        reply.json.error.contains(says)

        where:
        problem             | request                                           | says
        'no owner'          | [scope: 'all']                                    | '"owner": "<their email>"'
        'an owner that is no email' | [owner: 'Cat Coordinator']                | '"owner": "<their email>"'
        'a scope of one board' | [owner: 'cat@lscb.example', scope: 'board:x'] | 'scope'
    }

    def 'making and revoking tokens is audited under the admin who did it'() {
        given:
        def cat = create(owner: 'cat@lscb.example')

        when:
        def pat = as(cat.token, 'POST', '/api/admin-tokens', [owner: 'pat@police.example']).json
        as(cat.token, 'DELETE', "/api/admin-tokens/$pat.id")

        then:
        sql("SELECT change_, actor, new_value FROM audit_entry WHERE entity = 'admin_token' AND entity_id = ? ORDER BY id", pat.id)
                .collect { it[0, 1] } == [['created', 'cat@lscb.example'], ['revoked', 'cat@lscb.example']]
        sql("SELECT actor FROM audit_entry WHERE entity = 'admin_token' AND entity_id = ?", cat.id)*.getAt(0) == ['CSE_ADMIN_TOKEN']
        !sql("SELECT new_value FROM audit_entry WHERE entity = 'admin_token' AND entity_id = ?", pat.id).flatten()
                .any { it?.toString()?.contains(pat.token) }
    }

    def 'an update through the API is recorded as the token\'s owner'() {
        given:
        def eve = create(owner: 'eve@school.example')

        when:
        def reply = as(eve.token, 'POST', "/api/plans/$board.planId/actions/1.1/updates", [rag: 'amber', note: 'two schools left'])

        then:
        reply.status == 201
        with(board.history('1.1')[0]) {
            author == 'eve@school.example'
            source == 'API'
            note == 'two schools left'
        }
    }

    def '#attempt is refused with 403 and nothing is recorded'() {
        given:
        def eve = create(owner: 'eve@school.example')
        String token = by == 'eve' ? eve.token : TOKEN

        when:
        def reply = as(token, 'POST', "/api/plans/$board.planId/actions/1.1/updates", body, headers)

        then:
        reply.status == 403
        reply.json.error.contains(says)
        board.history('1.1').size() == 1

        where:
        attempt                                           | by    | body                                               | headers                           | says
        'an "author" other than the token\'s owner'       | 'eve' | [rag: 'green', author: 'cat@lscb.example']         | [:]                               | "recorded as the token's owner"
        'the environment token naming an author'          | 'env' | [rag: 'green', author: 'eve@school.example']       | [:]                               | 'POST /api/admin-tokens'
        'the environment token with X-Actor'              | 'env' | [rag: 'green']                                     | ['X-Actor': 'eve@school.example'] | 'POST /api/admin-tokens'
    }

    def 'a board change is audited as the token\'s owner, whatever X-Actor says'() {
        given:
        def cat = create(owner: 'cat@lscb.example')

        when:
        def reply = as(cat.token, 'PUT', "/api/boards/$board.slug", [name: 'Renamed board'], ['X-Actor': 'mallory@example.org'])

        then:
        reply.status == 200
        sql("SELECT actor FROM audit_entry WHERE entity = 'board' AND change_ = 'updated' AND new_value LIKE ? ORDER BY id DESC LIMIT 1",
                '%Renamed board%')[0][0] == 'cat@lscb.example'
    }
}
