package uk.lscb.cse.chat.teams

import groovy.json.JsonSlurper

import static uk.lscb.cse.support.FakeTeams.shown

/**
 * In a Teams channel everyone sees the answer, so it carries refs, titles, RAG, leads and dates,
 * never a progress note or a person's email; a personal chat with the bot shows them.
 */
class TeamsAudienceSpec extends TeamsServiceSpec {
    static final String NOTE = 'pages drafted with the youth panel'

    def setup() {
        // 1.2 is led by Pat in person: a rendering that named leads by email would show pat@police.example.
        postJson("/api/plans/$planId/actions/1.2/updates", [note: NOTE, author: 'pat@police.example'])
    }

    def '"#text" in a channel answers without notes or emails; in a personal chat with them'() {
        when:
        def inChannel = shown(say('pat', text, [channel: CHANNEL]).activity)
        def inPersonal = shown(say('pat', text).activity)

        then:
        inChannel.contains('1.2')
        !inChannel.contains(NOTE)
        !inChannel.contains('@')

        and:
        inPersonal.contains(NOTE)
        inPersonal.contains('pat@police.example')

        where:
        text << ['status 1.2', 'history 1.2']
    }

    def '"#text" from someone not among the board\'s people, even in a personal chat, shows no note and no author'() {
        when:
        def inPersonal = shown(say('stranger', text).activity)

        then:
        inPersonal.contains('1.2')
        inPersonal.contains('Online safety pages for parents')
        !inPersonal.contains(NOTE)
        !inPersonal.contains('pat@police.example')

        where:
        text << ['status 1.2', 'history 1.2']
    }

    def 'an action shared in a channel names its leads, never a note or an email'() {
        when:
        def posted = say('pat', 'status 1.2 share', [channel: CHANNEL])

        then:
        posted.conversation == CHANNEL
        posted.replyTo == null
        shown(posted.activity).contains('Pat Police')
        !shown(posted.activity).contains(NOTE)
        !shown(posted.activity).contains('@')
    }

    def 'a button pressed on a channel card replaces it for everyone without the note, and tells the presser privately'() {
        given: 'Pat has a personal chat with the bot'
        say('pat', 'help')
        int before = teams.sent.size()

        when:
        def invoke = activity('pat', [type   : 'invoke', name: 'adaptiveCard/action', channel: CHANNEL,
                                      value  : [action: [type: 'Action.Execute', verb: 'rag', trigger: 'manual',
                                                         data: [planId: planId, ref: '1.2', rag: 'AMBER', note: 'waiting on the web team']]]])
        def answer = new JsonSlurper().parseText(post(invoke).body) as Map

        then: 'the card everyone sees'
        def card = shown([attachments: [[content: answer.value]]])
        card.contains('Updated **1.2**')
        card.contains('by Pat Police')
        !card.contains('waiting on the web team')
        !card.contains(NOTE)
        !card.contains('@')
        answer.value.actions*.title == ['Green', 'Amber', 'Red', 'Complete', 'Add note']

        and: 'the presser, privately'
        eventually.eventually { assert teams.sent.size() == before + 1 }
        teams.sent[before].conversation == 'a:personal-pat'
        shown(teams.sent[before].activity).contains('waiting on the web team')
        history('1.2')[0].note == 'waiting on the web team'
    }
}
