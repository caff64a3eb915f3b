package uk.lscb.cse.chat.teams

import spock.lang.Specification

/** Where the bot may send its Bot Connector token: TEAMS_SERVICE_HOSTS, by default Microsoft's connector hosts. */
class ServiceHostsSpec extends Specification {

    def '#serviceUrl is #verdict with the default hosts'() {
        given:
        def hosts = new ServiceHosts(settings(['smba.trafficmanager.net', '*.botframework.com']))

        expect:
        hosts.allowed(serviceUrl) == (verdict == 'trusted')

        where:
        serviceUrl                                         | verdict
        'https://smba.trafficmanager.net/amer/'            | 'trusted'
        'https://smba.trafficmanager.net/emea/'            | 'trusted'
        'https://SMBA.trafficmanager.net/uk/'              | 'trusted'
        'https://europe.webchat.botframework.com/'         | 'trusted'
        'https://a.b.botframework.com/'                    | 'trusted'
        'https://smba.trafficmanager.net:443/amer/'        | 'trusted'
        'http://smba.trafficmanager.net/amer/'             | 'refused (not https)'
        'https://smba.trafficmanager.net:8443/amer/'       | 'refused (another port)'
        'https://botframework.com/'                        | 'refused (*. names subdomains only)'
        'https://evilbotframework.com/'                    | 'refused (not under the domain)'
        'https://botframework.com.evil.example/'           | 'refused (not under the domain)'
        'https://smba.trafficmanager.net.evil.example/'    | 'refused (another host)'
        'https://smba.trafficmanager.net@evil.example/'    | 'refused (another host)'
        'https://user@smba.trafficmanager.net/amer/'       | 'refused (user info)'
        'https://127.0.0.1/'                               | 'refused (another host)'
        '/v3/conversations'                                | 'refused (no host)'
        'not a url at all'                                 | 'refused (no host)'
        null                                               | 'refused (none)'
    }

    def 'an entry with a scheme and port trusts exactly that (a local fake)'() {
        given:
        def hosts = new ServiceHosts(settings(['http://127.0.0.1:8089']))

        expect:
        hosts.allowed('http://127.0.0.1:8089/connector/')
        !hosts.allowed('http://127.0.0.1:8090/connector/')
        !hosts.allowed('https://127.0.0.1:8089/connector/')
        !hosts.allowed('http://localhost:8089/connector/')
    }

    def 'a refusal names the trusted hosts and the setting to change'() {
        expect:
        new ServiceHosts(settings(['smba.trafficmanager.net', '*.botframework.com'])).refusal('https://evil.example/') ==
                'the service URL https://evil.example/ is not on a Bot Connector host the bot trusts with its token' +
                ' (smba.trafficmanager.net, *.botframework.com); if it is Microsoft\'s, add its host to TEAMS_SERVICE_HOSTS'
    }

    private static TeamsSettings settings(List<String> hosts) {
        new TeamsSettings('bot-app-id', 'bot-secret', null, null, 'unused', 'https://login.microsoftonline.com', hosts)
    }
}
