package uk.lscb.cse.board

import uk.lscb.cse.db.Jdbc
import uk.lscb.cse.support.ServiceSpec
import io.micronaut.transaction.TransactionOperations

class BoardsSpec extends ServiceSpec {

    def 'a board is created with the London time zone by default, then updated, each change audited'() {
        given:
        String slug = uniqueSlug('boards')

        when:
        def created = put("/api/boards/$slug", [name: 'Thurrock LSCB'])

        then:
        created.status == 201
        created.json.slug == slug
        created.json.timeZone == 'Europe/London'

        when:
        def updated = put("/api/boards/$slug", [timeZone: 'Europe/Dublin'])

        then:
        updated.status == 200
        updated.json.name == 'Thurrock LSCB'
        updated.json.timeZone == 'Europe/Dublin'
        audit(created.json.id as long) == [
                ['created', null, 'name=Thurrock LSCB, timeZone=Europe/London, slackTeamId=null, slackDigestChannel=null', 'CSE_ADMIN_TOKEN', 'API'],
                ['updated', 'name=Thurrock LSCB, timeZone=Europe/London, slackTeamId=null, slackDigestChannel=null',
                 'name=Thurrock LSCB, timeZone=Europe/Dublin, slackTeamId=null, slackDigestChannel=null',
                 'CSE_ADMIN_TOKEN', 'API']]
    }

    def 'a bad board request (#why) gets 400 with a specific message and creates nothing'() {
        when:
        def reply = put("/api/boards/$slug", body)

        then:
        reply.status == 400
        reply.json.error.contains(message)
        get("/api/boards/$slug").status == 404

        where:
        why                | slug                   | body                                   | message
        'no name'          | uniqueSlug('noname')   | [timeZone: 'Europe/London']            | 'needs a name'
        'a bad time zone'  | uniqueSlug('zone')     | [name: 'B', timeZone: 'Mars/Olympus']  | 'is not a time zone'
        'a bad slug'       | 'Bad_Slug'             | [name: 'B']                            | 'lower-case letters'
    }

    def 'people are loaded from CSV and upserted by email: #expected'() {
        given:
        String slug = boardWithPeople('people', ['Jo Lead,jo@police.example,Police,lead'])

        when:
        def reply = post("/api/boards/$slug/people", csv, 'text/csv')

        then:
        reply.status == 200
        reply.json == expected
        get("/api/boards/$slug/people").json.collect { [it.email, it.agency, it.role] } == people

        where:
        csv                                                                           | expected                                   | people
        'name,email,agency,role\nJo Lead,JO@police.example,Police,lead'               | [created: 0, updated: 0, unchanged: 1]     | [['jo@police.example', 'Police', 'LEAD']]
        'name,email,agency,role\nJo Lead,jo@police.example,Health,coordinator'        | [created: 0, updated: 1, unchanged: 0]     | [['jo@police.example', 'Health', 'COORDINATOR']]
        'email,name,role,agency\nam@council.example,Al Manager,coordinator,'          | [created: 1, updated: 0, unchanged: 0]     | [['am@council.example', null, 'COORDINATOR'], ['jo@police.example', 'Police', 'LEAD']]
    }

    def 'a people file with a bad row is refused whole, each problem named by row'() {
        given:
        String slug = boardWithPeople('badpeople')

        when:
        def reply = post("/api/boards/$slug/people", '''name,email,agency,role
Good Person,good@example.org,Police,lead
,not-an-email,Police,lead
Twice,good@example.org,Health,chief''', 'text/csv')

        then:
        reply.status == 400
        reply.json.problems.collect { [it.where, it.field] } == [
                ['row 3', 'name'], ['row 3', 'email'], ['row 4', 'email'], ['row 4', 'role']]
        get("/api/boards/$slug/people").json == []
    }

    private List<List> audit(long boardId) {
        bean(TransactionOperations).executeRead {
            bean(Jdbc).list('SELECT change_, old_value, new_value, actor, source FROM audit_entry WHERE board_id = ? ORDER BY id',
                    { rs -> [rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)] }, boardId)
        }
    }
}
