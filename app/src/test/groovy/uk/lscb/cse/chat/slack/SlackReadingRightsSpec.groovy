package uk.lscb.cse.chat.slack

/**
 * Progress notes and who wrote them are for the board's people (leads and coordinators) only.
 * Anyone else who can use /cse sees refs, titles and RAG even when the answer is private; and a
 * Slack guest or someone from another organisation's workspace (Slack Connect) is "anyone else",
 * whatever email their profile shows.
 */
class SlackReadingRightsSpec extends SlackServiceSpec {
    static final String NOTE = 'pages drafted with the youth panel'

    def setup() {
        postJson("/api/plans/$planId/actions/1.2/updates", [note: NOTE, author: 'pat@police.example'])
        // Pat's email on three more Slack accounts: two kinds of guest, and Pat's double in a partner's workspace.
        ['UGUEST', 'UGUEST2', 'UCONNECT'].each { slack.emails[it] = 'pat@police.example' }
        slack.profiles.UGUEST = [is_restricted: true]
        slack.profiles.UGUEST2 = [is_restricted: true, is_ultra_restricted: true]
        slack.profiles.UCONNECT = [team_id: 'TPARTNER01']
    }

    def '#who asking "#text" privately sees the ref, title and RAG but no note and no author'() {
        when:
        def reply = ask(user, text)

        then:
        reply.response_type == 'ephemeral'
        with(shown(reply)) {
            contains('1.2')
            contains('Online safety pages for parents')
            !contains(NOTE)
            !contains('pat@police.example')
        }

        and: 'the RAG moves are still listed in the history, by day'
        text.startsWith('status') || shown(reply).contains('15 Jan 2016 · 🟢 Green')

        where:
        who                                   | user        | text
        'someone not among the board people'  | 'USTRANGER' | 'history 1.2'
        'someone not among the board people'  | 'USTRANGER' | 'status 1.2'
        'a guest with a lead\'s email'        | 'UGUEST'    | 'history 1.2'
        'a single-channel guest'              | 'UGUEST2'   | 'status 1.2'
        'a lead\'s double from another team'  | 'UCONNECT'  | 'history 1.2'
    }

    def 'the lead herself sees the notes and who wrote them'() {
        expect:
        shown(ask('UPAT', 'history 1.2')).contains("pat@police.example · 🟢 Green · _${NOTE}_")
    }

    def '#who cannot update an action, whatever email Slack shows for them'() {
        when:
        def reply = ask(user, 'update 1.2 amber waiting on police data')

        then:
        shown(reply).contains("You can't update actions yet")
        history('1.2').size() == 2

        where:
        who                        | user
        'a guest'                  | 'UGUEST'
        'a single-channel guest'   | 'UGUEST2'
        'someone from another team'| 'UCONNECT'
    }
}
