package uk.lscb.cse.plan.transfer

import uk.lscb.cse.support.ServiceSpec

/** CSV files as boards write them: their own headings, recommendations by number, leads as they list them. */
class BoardsOwnCsvSpec extends ServiceSpec {

    def 'a sheet headed "Ref | Action | Lead | Timescales | Outcome | RAG | Current Position" imports its leads, dates and progress'() {
        given:
        String slug = boardWithPeople('boardcsv')
        String csv = '''Ref,Action,Lead,Timescales,Outcome,RAG,Current Position,Budget
1.1,Map provision,Police / Health,Sept 2015,Provision mapped,A,Half the schools mapped,£200
'''

        when:
        def reply = post("/api/boards/$slug/plans?title=Plan", csv, 'text/csv')
        def action = get("/api/plans/${reply.json.planId}/actions/1.1").json

        then: 'the reply says which column went where and which were ignored'
        reply.status == 201
        reply.json.columns == [[heading: 'Ref', meaning: 'ref'], [heading: 'Action', meaning: 'action'],
                               [heading: 'Lead', meaning: 'leads'], [heading: 'Timescales', meaning: 'timescale'],
                               [heading: 'Outcome', meaning: 'outcomes'], [heading: 'RAG', meaning: 'rag'],
                               [heading: 'Current Position', meaning: 'progress']]
        reply.json.ignoredColumns == ['Budget']
        action.leadAgencies == ['Health', 'Police']
        action.timescale.due == '2015-09-30'
        action.outcomes == 'Provision mapped'
        action.rag == 'AMBER'
        action.lastUpdate.note == 'Half the schools mapped'
    }

    def 'a file with no #missing column imports, with a warning that says what follows from it'() {
        given:
        String slug = boardWithPeople('warn')

        when:
        def reply = post("/api/boards/$slug/plans?title=Plan", csv, 'text/csv')

        then:
        reply.status == 201
        reply.json.warnings.size() == 1
        reply.json.warnings[0].startsWith(warning)

        where:
        missing     | csv                                      | warning
        'lead'      | 'Action,Deadline\nMap provision,Sept 2015' | 'no column names the leads'
        'timescale' | 'Action,Owner\nMap provision,Police'       | 'no column gives a timescale'
    }

    def "the README's own example CSV imports, creating the recommendations its rows refer to"() {
        given:
        String slug = boardWithPeople('readme', ['Pat Lee,pat.lee@police.example,Police,lead'])
        String readme = new File('../README.md').exists() ? new File('../README.md').text : new File('README.md').text
        String csv = (readme =~ /(?s)```csv\n(.*?)```/)[0][1]

        when:
        def reply = post("/api/boards/$slug/plans?title=Readme", csv, 'text/csv')
        def first = get("/api/plans/${reply.json.planId}/actions/1.1").json

        then:
        reply.status == 201
        reply.json.actions == 3
        reply.json.recommendations == 2
        reply.json.recommendationsWithoutText == ['2', '5']
        first.reviewRefs == ['2', '5']
        first.leadPeople*.email == ['pat.lee@police.example']
    }

    def "recommendations referred to by number take their text from the board's earlier plan"() {
        given:
        String slug = boardWithPeople('recs')
        post("/api/boards/$slug/plans", SeedPlansSpec.seed('stockport-2014-16.yaml'), 'application/yaml')

        when:
        def reply = post("/api/boards/$slug/plans?title=Next", 'theme,action,review_refs\nPrevention,Map provision,"5, 7"', 'text/csv')
        String exported = get("/api/plans/${reply.json.planId}").body

        then:
        reply.status == 201
        reply.json.recommendations == 2
        reply.json.recommendationsWithoutText == null
        exported.contains('Is Stockport Safeguarding Children Board confident that referral pathways')
    }

    def 'the leads cell "#cell" names #leads'() {
        given:
        String slug = boardWithPeople('leads', ['Lee Dev,lee@lscb.example,Learning and Development,lead'])

        when:
        def reply = post("/api/boards/$slug/plans?title=Leads", "Action,Lead\n\"Map provision\",\"$cell\"", 'text/csv')

        then:
        reply.status == 201
        get("/api/plans/${reply.json.planId}/actions/1.1").json.leadAgencies == leads

        where:
        cell                                    | leads
        'Police / Health'                       | ['Health', 'Police']
        'Police, Health; Education'             | ['Education', 'Health', 'Police']
        'Police and Health'                     | ['Health', 'Police']
        'Young and Safe team\nHumberside Police.' | ['Humberside Police', 'Young and Safe team']  // lines: "and" is part of a name
        '• Police\n• Health'                    | ['Health', 'Police']
        'Learning and Development'              | ['Learning and Development']                 // the board's own agency
        'MASE Chair'                            | ['MASE Chair']
    }

    def 'actions whose leads have no person on the board are listed, and status counts them'() {
        given: 'the MASE Chair is a person of the board; no one is from Health'
        String slug = boardWithPeople('chase', ['Sam Chair,sam@lscb.example,MASE Chair,lead'])

        when:
        def reply = post("/api/boards/$slug/plans?title=Chase",
                'Ref,Action,Lead\n1,Review the MASE,MASE Chair\n2,Brief GPs,Health\n3,Map provision,', 'text/csv')

        then:
        reply.json.noOneToChase == [[ref: '2', text: 'Brief GPs', leadAgencies: ['Health']],
                                    [ref: '3', text: 'Map provision', leadAgencies: []]]
        get("/api/plans/${reply.json.planId}/summary").json.noOneToChase == 2
    }
}
