package uk.lscb.cse.chat.slack

import uk.lscb.cse.support.SlackWorkspace

/**
 * Rotating the signing secret without refusing Slack meanwhile: with SLACK_PREVIOUS_SIGNING_SECRET
 * set to the old secret, requests signed with either are believed, so the new secret can be set
 * on every instance before it is regenerated in Slack, and the old one dropped after.
 */
class SigningSecretRotationSpec extends SlackServiceSpec {
    static final String OLD = 'the-old-signing-secret'

    @Override
    Map<String, Object> properties() { super.properties() + ['slack.previous-signing-secret': OLD] }

    def 'a request signed with #secret is #outcome'() {
        given:
        long now = clock.instant().epochSecond
        String body = form(commandFields('UEVE', 'help'))

        when:
        def reply = signed('/slack/commands', body, 'application/x-www-form-urlencoded', now, sign(key, now, body))

        then:
        reply.status == status

        where:
        secret                   | key                    || status | outcome
        'the current secret'     | SlackWorkspace.SECRET  || 200    | 'answered'
        'the previous secret'    | OLD                    || 200    | 'answered'
        'any other secret'       | 'guessed-secret'       || 401    | 'refused'
    }
}
