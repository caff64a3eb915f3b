package uk.lscb.cse.api

import uk.lscb.cse.support.ServiceSpec

class AdminTokenSpec extends ServiceSpec {

    def 'a call to #path with #description is refused with 401 and writes nothing'() {
        given:
        String slug = uniqueSlug('token')

        when:
        def reply = send('PUT', "/api/boards/$slug", '{"name":"Board"}', 'application/json', [Authorization: authorization])

        then:
        reply.status == 401
        reply.json.error.contains('Authorization: Bearer')

        and: 'the board was not created'
        get("/api/boards/$slug").status == 404

        where:
        description             | authorization
        'no token'              | null
        'a wrong token'         | 'Bearer not-the-token'
        'a token prefix'        | 'Bearer test'
        'basic auth'            | 'Basic dGVzdC10b2tlbg=='
        path = '/api/boards/{slug}'
    }

    def 'the health check tells anyone its status, and only an admin its details (#caller)'() {
        when:
        def reply = send('GET', '/health', null, null, [Authorization: authorization])

        then:
        reply.status == 200
        reply.json.status == 'UP'
        !reply.body.contains('jdbc:')
        reply.json.details == null

        where:
        caller          | authorization
        'no token'      | null
        'a wrong token' | 'Bearer not-the-token'
    }

    def 'with the admin token the health check shows the database and the disk'() {
        when:
        def reply = send('GET', '/health', null, null, [:])

        then:
        reply.status == 200
        reply.json.details.jdbc.status == 'UP'
        reply.body.contains('jdbc:')
    }

    def 'the OpenAPI document needs no token'() {
        expect:
        with(send('GET', '/openapi/cse-action-plan-bot-admin-api-1.yml', null, null, [Authorization: null])) {
            status == 200
            body.contains('/api/boards/{slug}/plans')
            body.contains('/api/plans/{id}/actions/{ref}/updates')
        }
    }
}
