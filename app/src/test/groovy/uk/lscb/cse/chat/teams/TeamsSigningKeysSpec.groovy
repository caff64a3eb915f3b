package uk.lscb.cse.chat.teams

import com.fasterxml.jackson.databind.ObjectMapper
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator
import io.micrometer.core.instrument.simple.SimpleMeterRegistry

import java.time.Duration

/**
 * The Bot Connector's signing keys (Bot Framework OpenID metadata → JWKS), kept a day and through
 * any outage of the metadata, on the service's clock. Its own service, so no other spec's requests
 * have fetched or aged its keys.
 */
class TeamsSigningKeysSpec extends TeamsServiceSpec {

    def 'the metadata down for longer than the keys\' lifetime: Activities are still accepted, and the fetch is retried once a minute'() {
        given: 'the keys were fetched at the first Activity'
        say('eve', 'help')
        teams.metadataRequests.clear()

        when: 'login.botframework.com is down, and stays down past the 24 hours the keys are kept'
        teams.metadataDown = true
        clock.advance(Duration.ofHours(25))

        then: 'the kept keys still prove a token, and the fetch was tried'
        accepted()
        teams.metadataRequests == ['/openid']

        when: 'half a minute on'
        clock.advance(Duration.ofSeconds(30))

        then: 'accepted without asking again'
        accepted()
        teams.metadataRequests == ['/openid']

        when: 'days on, still down'
        clock.advance(Duration.ofDays(3))

        then:
        accepted()
        teams.metadataRequests == ['/openid'] * 2

        when: 'it is back'
        teams.metadataDown = false
        clock.advance(Duration.ofMinutes(1))

        then: 'the keys are fetched again'
        accepted()
        teams.metadataRequests == ['/openid'] * 3 + ['/keys']

        when: 'a day, less an hour, on'
        clock.advance(Duration.ofHours(23))

        then: 'they are still fresh'
        accepted()
        teams.metadataRequests.size() == 4
    }

    def 'a key the Bot Framework starts publishing (a rotation) is fetched when a token first names it'() {
        given:
        say('eve', 'help')
        def rotated = new RSAKeyGenerator(2048).keyID('connector-key-2').generate()
        teams.published[rotated] = ['msteams']

        when:
        clock.advance(Duration.ofMinutes(2))

        then:
        post(activity('eve', [text: 'help']), token(signer: rotated)).status == 200

        cleanup:
        teams.published.remove(rotated)
    }

    def 'with no keys yet and the metadata down, tokens are refused until it is back; each fetch is counted for the metrics'() {
        given: 'a service starting during the outage'
        teams.metadataDown = true
        def metrics = new SimpleMeterRegistry()
        def keys = new BotKeys(bean(TeamsSettings), bean(ObjectMapper), clock, metrics)

        expect:
        keys.find('connector-key-1').empty
        metrics.counter('cse.teams.key.refreshes', 'outcome', 'failure').count() == 1

        when: 'it is back, a moment later'
        teams.metadataDown = false

        then: 'no minute\'s wait while there is nothing to fall back on'
        keys.find('connector-key-1').get().endorsements() == ['msteams', 'skype', 'webchat', 'directline'] as Set
        keys.find('webchat-key-1').get().endorsements() == ['webchat'] as Set
        keys.find('unendorsed-key-1').get().endorsements().empty
        metrics.counter('cse.teams.key.refreshes', 'outcome', 'success').count() == 1
    }

    private boolean accepted() {
        int before = teams.sent.size()
        assert post(activity('eve', [text: 'help'])).status == 200
        eventually.eventually { assert teams.sent.size() == before + 1 }
        true
    }
}
