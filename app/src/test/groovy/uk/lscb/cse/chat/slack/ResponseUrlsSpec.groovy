package uk.lscb.cse.chat.slack

import spock.lang.Specification

/** Which response_url a Slack request may make the service call: an allowed host, scheme and port, and a Slack path. */
class ResponseUrlsSpec extends Specification {

    def 'with hooks.slack.com allowed, #url #verdict'() {
        expect:
        new ResponseUrls(['hooks.slack.com']).allowed(url) == allowed

        where:
        url                                                      | allowed
        'https://hooks.slack.com/commands/T1/397700885554/96rGl' | true
        'https://hooks.slack.com/actions/T1/397700885554/96rGl'  | true
        'https://HOOKS.Slack.com/commands/T1/1/a'                | true
        'HTTPS://hooks.slack.com/commands/T1/1/a'                | true
        'https://hooks.slack.com:443/commands/T1/1/a'            | true
        'https://hooks.slack.com:8443/commands/T1/1/a'           | false
        'http://hooks.slack.com/commands/T1/1/a'                 | false
        'ftp://hooks.slack.com/commands/T1/1/a'                  | false
        'https://hooks.slack.com/elsewhere/T1/1/a'               | false
        'https://hooks.slack.com/commandsx/T1'                   | false
        'https://hooks.slack.com/'                               | false
        'https://hooks.slack.com'                                | false
        'https://evil.example/commands/T1/1/a'                   | false
        'https://hooks.slack.com.evil.example/commands/T1/1/a'   | false
        'https://hooks.slack.com@evil.example/commands/T1/1/a'   | false
        'https://user:pw@hooks.slack.com/commands/T1/1/a'        | false
        'https://evil.example/#@hooks.slack.com/commands/T1'     | false
        '/commands/T1/1/a'                                       | false
        'not a url'                                              | false
        ''                                                       | false
        null                                                     | false
        verdict = allowed ? 'may be called' : 'is never called'
    }

    def 'an entry with a scheme and port allows exactly that: #url #verdict'() {
        expect:
        new ResponseUrls(['http://127.0.0.1:8080', ' ', '']).allowed(url) == allowed

        where:
        url                                    | allowed
        'http://127.0.0.1:8080/commands/T1/x'  | true
        'http://127.0.0.1:8080/actions/T1/x'   | true
        'https://127.0.0.1:8080/commands/T1/x' | false
        'http://127.0.0.1:8081/commands/T1/x'  | false
        'http://127.0.0.1/commands/T1/x'       | false
        'https://hooks.slack.com/commands/T1/x'| false
        verdict = allowed ? 'may be called' : 'is never called'
    }
}
