package uk.lscb.cse.plan

import uk.lscb.cse.audit.Source
import uk.lscb.cse.board.Boards
import uk.lscb.cse.chat.Audience
import uk.lscb.cse.chat.ChatCommands
import uk.lscb.cse.chat.ChatUser
import uk.lscb.cse.chat.Command
import uk.lscb.cse.chat.ReplyViews
import uk.lscb.cse.support.ServiceSpec

import java.time.ZoneId

/** Each board's own words for its RAG ratings: set over the admin API, shown in help, read by reports. */
class RagDefinitionsSpec extends ServiceSpec {

    def "a board's RAG definitions are set in its own words and shown in help"() {
        given:
        String slug = boardWithPeople('legend')

        when:
        def reply = put("/api/boards/$slug/rag-definitions", [Green: 'on track', Blue: 'complete', 'Not rated': 'no rating given yet'])

        then:
        reply.status == 200
        get("/api/boards/$slug/rag-definitions").json == [GREEN: 'on track', COMPLETE: 'complete', NOT_RATED: 'no rating given yet']
        bean(RagDefinitions).of(bean(Boards).find(slug).id()) == [(Rag.GREEN): 'on track', (Rag.COMPLETE): 'complete',
                                                                   (Rag.NOT_RATED): 'no rating given yet']
        sql("SELECT old_value, new_value FROM audit_entry WHERE board_id = ? AND change_ = 'rag definitions'",
                bean(Boards).find(slug).id()) == [[null, 'GREEN=on track; COMPLETE=complete; NOT_RATED=no rating given yet']]

        when:
        def help = bean(ChatCommands).handle(new Command.Help(),
                new ChatUser(bean(Boards).find(slug), null, null, Source.SLACK, null), { null })
        String words = ReplyViews.view(help, Audience.PRIVATE, ZoneId.of('Europe/London')).words()

        then:
        words.contains('What our RAG ratings mean')
        words.contains('Green: on track')
        words.contains('Complete: complete')
        words.contains('Not rated: no rating given yet')
    }

    def 'a definition for something that is not a RAG rating is refused and nothing changes'() {
        given:
        String slug = boardWithPeople('badlegend')
        put("/api/boards/$slug/rag-definitions", [Green: 'on track'])

        when:
        def reply = put("/api/boards/$slug/rag-definitions", [Purple: 'unclear', Red: 'off track'])

        then:
        reply.status == 400
        reply.json.error.contains("'Purple' is not a RAG rating")
        get("/api/boards/$slug/rag-definitions").json == [GREEN: 'on track']
    }
}
