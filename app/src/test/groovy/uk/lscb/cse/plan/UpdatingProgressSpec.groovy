package uk.lscb.cse.plan

import uk.lscb.cse.support.PlanBoard
import uk.lscb.cse.support.ServiceSpec

import java.util.concurrent.Callable
import java.util.concurrent.Executors

class UpdatingProgressSpec extends ServiceSpec {
    long planId
    PlanBoard board

    def setup() {
        clock.set('2016-01-15T10:00:00Z')
        board = PlanBoard.withPlan(this, 'progress')
        planId = board.planId
    }

    def '#who (#why) may update #ref, and the update lands in its history'() {
        when:
        def reply = postJson("/api/plans/$planId/actions/$ref/updates", [rag: 'amber', note: 'waiting on police data', author: who])

        then:
        reply.status == 201
        reply.json.action.rag == 'AMBER'
        with(get("/api/plans/$planId/actions/$ref/updates").json[0]) {
            ragAfter == 'AMBER'
            note == 'waiting on police data'
            author == who.toLowerCase()
            source == 'API'
            at == '2016-01-15T10:00:00Z'
        }

        where:
        who                  | ref   | why
        'eve@school.example' | '1.1' | 'of its lead agency'
        'pat@police.example' | '1.2' | 'its named lead'
        'pat@police.example' | '2.2' | 'of one of its lead agencies'
        'cat@lscb.example'   | '1.1' | 'a coordinator'
        'CAT@lscb.example'   | '2.1' | 'a coordinator, email in capitals'
    }

    def '#attempt is refused with #status and nothing is recorded'() {
        given:
        def before = get("/api/plans/$planId/actions/1.1/updates").json

        when:
        def reply = postJson("/api/plans/$planId/actions/$ref/updates", body)

        then:
        reply.status == status
        reply.json.error.contains(message)
        get("/api/plans/$planId/actions/1.1/updates").json == before

        where:
        attempt                      | ref   | body                                                       | status | message
        'someone not among the leads'| '1.1' | [rag: 'green', author: 'out@health.example']               | 403    | 'only the leads of 1.1 (Education) or a coordinator can update it'
        'someone not of the board'   | '1.1' | [rag: 'green', author: 'stranger@example.org']             | 403    | "stranger@example.org is not one of Board progress-"
        'a mistyped ref'             | '1.11'| [rag: 'green', author: 'cat@lscb.example']                 | 404    | 'did you mean 1.1?'
        'an unknown RAG'             | '1.1' | [rag: 'purple', author: 'cat@lscb.example']                | 400    | "rag 'purple' is not red, amber, green or complete"
        'neither RAG nor note'       | '1.1' | [author: 'cat@lscb.example']                               | 400    | 'give a RAG'
        'no one, by the environment token' | '1.1' | [rag: 'green']                                       | 403    | 'CSE_ADMIN_TOKEN belongs to no one'
        'a note that is too long'    | '1.1' | [note: 'x' * 2001, author: 'cat@lscb.example']             | 400    | 'keep it under 2000'
    }

    def 'a note refused by the guard is logged with the person id: neither the note nor the email'() {
        given:
        def log = new uk.lscb.cse.support.CapturedLog()
        long eve = get("/api/boards/${board.slug}/people").json.find { it.email == 'eve@school.example' }.id as long

        when:
        def reply = postJson("/api/plans/$planId/actions/1.1/updates",
                [note: 'Visited Tom Brown, date of birth 4/5/2009', author: 'eve@school.example'])

        then:
        reply.status == 400
        log.lines.any { it.contains('Refused a note') && it.contains("person $eve") }
        !log.text.contains('eve@school.example')
        !log.text.contains('Tom Brown')

        cleanup:
        log?.close()
    }

    def 'a note without a RAG keeps the RAG; the history is append-only, newest first'() {
        when:
        postJson("/api/plans/$planId/actions/1.1/updates", [rag: 'red', note: 'venue fell through', author: 'eve@school.example'])
        clock.set('2016-01-16T09:00:00Z')
        postJson("/api/plans/$planId/actions/1.1/updates", [note: 'new venue found', author: 'eve@school.example'])

        then:
        get("/api/plans/$planId/actions/1.1/updates").json.collect { [it.ragBefore, it.ragAfter, it.note, it.source] } == [
                ['RED', 'RED', 'new venue found', 'API'],
                ['AMBER', 'RED', 'venue fell through', 'API'],
                ['NOT_STARTED', 'AMBER', null, 'IMPORT']]
        get("/api/plans/$planId/actions/1.1").json.lastUpdate.at == '2016-01-16T09:00:00Z'
    }

    def 'leads updating one action at the same moment each see the last RAG as "before": no update is lost'() {
        given:
        def rags = ['red', 'amber', 'green', 'complete'] * 3
        def pool = Executors.newFixedThreadPool(6)

        when:
        def replies = pool.invokeAll(rags.collect { rag ->
            { -> postJson("/api/plans/$planId/actions/2.2/updates", [rag: rag, author: 'pat@police.example']).status } as Callable
        })*.get()

        then:
        replies.every { it == 201 }
        def history = get("/api/plans/$planId/actions/2.2/updates").json.reverse()
        history.size() == rags.size() + 1
        (1..<history.size()).every { history[it].ragBefore == history[it - 1].ragAfter }

        cleanup:
        pool.shutdown()
    }
}
