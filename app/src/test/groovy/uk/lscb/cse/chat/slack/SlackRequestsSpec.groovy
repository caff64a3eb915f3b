package uk.lscb.cse.chat.slack

import groovy.json.JsonOutput
import org.yaml.snakeyaml.Yaml

import java.time.Instant

class SlackRequestsSpec extends SlackServiceSpec {
    static final String SLACK_EXAMPLE_BODY = 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c'

    def "Slack's documented signing example verifies, one minute after it was sent"() {
        given:
        def signature = new SlackSignature(new SlackSettings('8f742231b10e8888abcd99yyyzzz85a5', null, 'x', ['hooks.slack.com'], java.time.Duration.ofSeconds(10)),
                java.time.Clock.fixed(Instant.ofEpochSecond(1531420618 + 60), java.time.ZoneOffset.UTC), null)

        expect:
        signature.valid('1531420618', 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
                SLACK_EXAMPLE_BODY.getBytes('UTF-8'))
        !signature.valid('1531420618', 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504',
                SLACK_EXAMPLE_BODY.getBytes('UTF-8'))
        !signature.valid('1531420618', 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
                (SLACK_EXAMPLE_BODY + 'x').getBytes('UTF-8'))
    }

    def 'a #kind request is refused with 401: nothing is read, written or sent to Slack'() {
        given:
        String body = form(commandFields('UPAT', 'update 1.1 green done'))
        long now = clock.instant().epochSecond

        when:
        def reply = signed('/slack/commands', body, 'application/x-www-form-urlencoded', now + shift,
                forged ? sign('not-the-secret', now + shift, body) : null)

        then:
        reply.status == 401

        and: 'nothing reached Slack and the action is unchanged, even once later work has been answered'
        slack.calls.isEmpty()
        barrier()
        slack.responses.size() == 1
        !slack.calls*.method.any { it.startsWith('chat.') || it.startsWith('views.') }
        history('1.1').size() == 1

        where:
        kind                         | shift | forged
        'forged'                     | 0     | true
        'stale (6 minutes old)'      | -360  | false
        'future-dated (6 minutes)'   | 360   | false
    }

    def 'a request within five minutes either side is accepted'() {
        expect:
        command('UPAT', 'help').status == 200
        signed('/slack/commands', form(commandFields('UPAT', 'help')), 'application/x-www-form-urlencoded',
                clock.instant().epochSecond + 290).status == 200
        signed('/slack/commands', form(commandFields('UPAT', 'help')), 'application/x-www-form-urlencoded',
                clock.instant().epochSecond - 290).status == 200

        and: 'each is answered'
        eventually.eventually { assert slack.responses.size() == 3 }
    }

    def 'the Events API URL check is answered with the challenge'() {
        when:
        def reply = signed('/slack/events', JsonOutput.toJson([token: 'x', challenge: 'c-123', type: 'url_verification']),
                'application/json')

        then:
        reply.status == 200
        reply.body.contains('c-123')
    }

    def 'a response_url on a host that is not allowed is never called'() {
        when:
        def reply = command('UPAT', 'status', 'http://127.0.0.1:1/commands/T1/evil')
        def other = command('UPAT', 'status', "${slack.url}/elsewhere/T1/x".toString())

        then:
        reply.status == 200
        other.status == 200
        barrier()
        slack.responses*.path.findAll { !it.startsWith('/commands/T1/') } == []
        slack.responses.size() == 1
    }

    def 'the Slack manifest is valid YAML and its URLs are the routes the service serves'() {
        given:
        Map manifest = new Yaml().load(new File('../bot-manifests/slack/manifest.yml').text)

        expect:
        manifest.features.slash_commands*.command == ['/cse']
        path(manifest.features.slash_commands[0].url) == SlackController.COMMANDS
        manifest.features.slash_commands[0].should_escape == true
        path(manifest.settings.interactivity.request_url) == SlackController.INTERACTIVITY
        manifest.settings.interactivity.is_enabled
        path(manifest.settings.event_subscriptions.request_url) == SlackController.EVENTS
        manifest.settings.event_subscriptions.bot_events.containsAll(['message.channels', 'message.groups'])
        manifest.oauth_config.scopes.bot.containsAll(['commands', 'chat:write', 'users:read', 'users:read.email',
                                                      'channels:history', 'groups:history'])

        and: 'each route answers a signed request'
        [SlackController.COMMANDS, SlackController.INTERACTIVITY, SlackController.EVENTS].every { route ->
            signed(route, route.endsWith('events') ? '{"type":"url_verification","challenge":"x"}' : 'payload=%7B%7D',
                    route.endsWith('events') ? 'application/json' : 'application/x-www-form-urlencoded').status != 404
        }
    }

    private static String path(String url) { URI.create(url).path }
}
