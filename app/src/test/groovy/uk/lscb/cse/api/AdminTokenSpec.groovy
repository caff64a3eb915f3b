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

    def 'the health check and the OpenAPI document need no token'() {
        expect:
        with(send('GET', '/health', null, null, [Authorization: null])) {
            status == 200
            json.status == 'UP'
            json.details.jdbc.status == 'UP'
        }
        with(send('GET', '/openapi/cse-action-plan-bot-admin-api-1.yml', null, null, [Authorization: null])) {
            status == 200
            body.contains('/api/boards/{slug}/plans')
            body.contains('/api/plans/{id}/actions/{ref}/updates')
        }
    }
}
