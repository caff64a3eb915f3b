package uk.lscb.cse.chat.teams

/** The app's own tokens: for the Bot Connector from the bot's tenant, for Graph from each board's tenant. */
class TeamsTokensSpec extends TeamsServiceSpec {
    static final String CONNECTOR = 'https://api.botframework.com/.default'
    static final String GRAPH = 'https://graph.microsoft.com/.default'

    def 'Graph and the Bot Connector are called with the app token for their scope, fetched once and kept'() {
        when: 'two people of the board write to the bot'
        def first = say('eve', 'help')
        def second = say('pat', 'help')

        then: 'Graph is asked who they are with the token of the board tenant'
        teams.graph.findAll { it.path.startsWith('/users/') }*.auth == ["Bearer graph-token-$tenant".toString()] * 2

        and: 'the answers go through the connector with its own token'
        [first, second]*.auth == ['Bearer connector-token'] * 2

        and: 'the board tenant gave one Graph token for the app id and secret'
        teams.tokenRequests.findAll { it.tenant == tenant } == [[tenant: tenant, scope: GRAPH, clientId: 'bot-app-id', secret: 'bot-secret']]

        and: 'connector tokens come from the botframework.com tenant (a multi-tenant bot), at most once (an earlier scenario may have fetched it)'
        def connector = teams.tokenRequests.findAll { it.tenant != tenant }
        connector.size() <= 1
        connector.every { it == [tenant: 'botframework.com', scope: CONNECTOR, clientId: 'bot-app-id', secret: 'bot-secret'] }
    }

    def 'a secret the tenant refuses: the operator is told to check the app id and password, and nothing reaches the connector'() {
        given: 'the connector refused its token once (revoked), so the bot drops it'
        teams.failNext[401] = 1
        assert !send('first').ok()

        and: 'the secret has been rotated'
        teams.refusesSecret = true

        when:
        def sent = send('second')

        then:
        !sent.ok()
        sent.error().contains('check TEAMS_APP_ID and TEAMS_APP_PASSWORD')
        sent.error().contains('AADSTS7000215: Invalid client secret provided.')
        !sent.error().contains('Trace ID')
        teams.tokenRequests.last() == [tenant: 'botframework.com', scope: CONNECTOR, clientId: 'bot-app-id', secret: 'bot-secret']
        teams.sent.empty
    }

    def 'a board tenant that refuses the app: Graph is not called and the error says what to check'() {
        given:
        teams.refusesSecret = true

        when:
        bean(TeamsGraph).email(tenant, AAD.eve)

        then:
        AppTokens.Refused refused = thrown()
        refused.message.contains("tenant $tenant (has the tenant's admin consented to the app?)")
        teams.graph.empty
    }

    def 'Bot Connector tokens come from the bot home tenant when single-tenant, else from botframework.com'() {
        expect:
        new TeamsSettings('bot-app-id', 'bot-secret', tenantId, null, 'unused', 'https://login.microsoftonline.com', [])
                .connectorTenant() == from

        where:
        tenantId                               | from
        null                                   | 'botframework.com'
        ' '                                    | 'botframework.com'
        '72f988bf-86f1-41af-91ab-2d7cd011db47' | '72f988bf-86f1-41af-91ab-2d7cd011db47'
    }

    private BotConnector.Sent send(String text) {
        bean(BotConnector).send(teams.serviceUrl, 'a:personal-eve', null, [type: 'message', text: text])
    }
}
