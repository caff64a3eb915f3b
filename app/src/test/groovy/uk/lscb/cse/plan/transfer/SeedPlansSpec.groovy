package uk.lscb.cse.plan.transfer

import uk.lscb.cse.support.ServiceSpec

/**
 * The four real published plans, transcribed into the YAML format (and Thurrock also into CSV),
 * import with the counts taken by hand from each seed in shared/seeds/.
 */
class SeedPlansSpec extends ServiceSpec {

    static String seed(String name) {
        SeedPlansSpec.getResource("/seeds/$name").getText('UTF-8')
    }

    def 'the #plan plan imports with #actions actions in #themes themes, #leads leads and its RAG counts'() {
        given:
        String slug = boardWithPeople('seed')

        when:
        def reply = post("/api/boards/$slug/plans", seed(file), 'application/yaml')

        then:
        reply.status == 201
        with(reply.json) {
            it.themes == themes
            it.actions == actions
            it.leads == leads
            it.rag == rag
            it.recommendations == recommendations
            it.kpis == kpis
            it.flaggedTimescales == flagged
        }

        where:
        plan                       | file                                | themes | actions | leads | rag                                   | recommendations | kpis | flagged
        'Stockport 2014-16'        | 'stockport-2014-16.yaml'            | 3      | 40      | 28    | [NOT_RATED: 40]                       | 9               | 0    | 0
        'Thurrock 2015-16'         | 'thurrock-2015-16.yaml'             | 6      | 38      | 7     | [GREEN: 18, AMBER: 20]                | 0               | 9    | 0
        'North East Lincs 2016-18' | 'north-east-lincolnshire-2016-18.yaml' | 6   | 28      | 42    | [RED: 1, AMBER: 5, GREEN: 7, COMPLETE: 15] | 0               | 3    | 0
        'Manchester 2017-19'       | 'manchester-2017-19.yaml'           | 5      | 52      | 4     | [NOT_RATED: 52]                       | 0               | 9    | 3
    }

    def 'the seeds keep their own wording: split and truncated RAGs, odd timescales, review references'() {
        given:
        String slug = boardWithPeople('wording')
        long stockport = post("/api/boards/$slug/plans", seed('stockport-2014-16.yaml'), 'application/yaml').json.planId as long
        long thurrock = post("/api/boards/$slug/plans", seed('thurrock-2015-16.yaml'), 'application/yaml').json.planId as long
        long manchester = post("/api/boards/$slug/plans", seed('manchester-2017-19.yaml'), 'application/yaml').json.planId as long

        when:
        def stockportActions = get("/api/plans/$stockport/actions").json
        def thurrockActions = get("/api/plans/$thurrock/actions").json
        def manchesterActions = get("/api/plans/$manchester/actions").json

        then: 'Stockport: "Sept2015" reads as September 2015 and "Jan 2015 March 2015" as two milestones'
        stockportActions.find { it.timescale.text == 'Sept2015' }.timescale.due == '2015-09-30'
        stockportActions.find { it.timescale.text == 'Jan 2015 March 2015' }.timescale.milestones*.due == ['2015-01-31', '2015-03-31']
        stockportActions.find { it.timescale.text == 'Dec 14' }.timescale.due == '2014-12-31'
        stockportActions.count { it.reviewRefs.contains('5') } == 11

        and: 'Thurrock: the split "G /A" is amber, the original kept'
        thurrockActions.findAll { it.ragWording == 'G /A' }*.rag == ['AMBER']
        thurrockActions.find { it.timescale.text == 'Ongoing' }.timescale.precision == 'ONGOING'

        and: 'Manchester: a draft "to the September subgroup meeting" has no date and is flagged; priority actions keep refs 1-5'
        with(manchesterActions.find { it.timescale.text == '1st Draft to the September subgroup meeting' }.timescale) {
            due == null
            flagged
        }
        manchesterActions.findAll { it.priority }*.ref == ['1', '2', '3', '4', '5']

        and: 'Manchester: "Sept to November 2016 Updated May 2017" is due in November 2016; the update note is kept as text'
        with(manchesterActions.find { it.timescale.text == 'Sept to November 2016 Updated May 2017' }.timescale) {
            due == '2016-11-30'
            milestones.isEmpty()
        }
    }

    def 'North East Lincolnshire reads as the plan says: completed actions complete, reviews ongoing, a start, dated milestones'() {
        given:
        String slug = boardWithPeople('nelincs')
        long plan = post("/api/boards/$slug/plans", seed('north-east-lincolnshire-2016-18.yaml'), 'application/yaml').json.planId as long

        when:
        def actions = get("/api/plans/$plan/actions").json

        then: 'GREEN beside "Completed" is complete; a GREEN/AMBER row with a completed sub-item stays amber'
        actions.find { it.text.startsWith('Continuation of level 2') }.rag == 'COMPLETE'
        actions.find { it.text.startsWith('NEL CSE strategy to be updated') }.rag == 'COMPLETE'
        actions.find { it.text == 'Articulating their own personal experiences' }.rag == 'AMBER'
        actions.find { it.text.startsWith('Continually support regional') }.rag == 'GREEN'

        and: '"Review in July 2017" is ongoing with a review date, "To commence in July 2016" a start'
        with(actions.find { it.timescale.text == 'Review in July 2017' }.timescale) {
            precision == 'ONGOING'
            reviewDate == '2017-07-01'
        }
        with(actions.find { it.timescale.text == 'To commence in July 2016' }) {
            timescale.starts == '2016-07-01'
            timescale.due == null
            !overdue
        }

        and: "the health practise review's dated sub-items are milestones, the last its due date"
        with(actions.find { it.text == 'NEL - Health Partners to undertake a practise review' }) {
            rag == 'RED'
            timescale.milestones*.due == ['2016-09-30', '2017-04-30', '2017-07-31', '2017-12-31']
            timescale.milestones[0].text == 'Health Audit completed September 2016'
            timescale.due == '2017-12-31'
        }
    }

    def 'exporting #file as YAML and importing it again gives the same plan'() {
        given:
        String first = boardWithPeople('roundtrip')
        String second = boardWithPeople('roundtrip')
        long planId = post("/api/boards/$first/plans", seed(file), 'application/yaml').json.planId as long

        when:
        String exported = get("/api/plans/$planId", [Accept: 'application/yaml']).body
        def again = post("/api/boards/$second/plans", exported, 'application/yaml')
        String reexported = get("/api/plans/${again.json.planId}", [Accept: 'application/yaml']).body

        then:
        again.status == 201
        withoutBoard(reexported) == withoutBoard(exported)
        get("/api/plans/${again.json.planId}/actions").json.collect { strip(it) } ==
                get("/api/plans/$planId/actions").json.collect { strip(it) }

        where:
        file << ['stockport-2014-16.yaml', 'thurrock-2015-16.yaml', 'north-east-lincolnshire-2016-18.yaml',
                 'manchester-2017-19.yaml']
    }

    def 'the Thurrock plan in CSV imports to the same actions as in YAML'() {
        given:
        String slug = boardWithPeople('csvseed')
        long fromYaml = post("/api/boards/$slug/plans", seed('thurrock-2015-16.yaml'), 'application/yaml').json.planId as long

        when:
        def fromCsv = post("/api/boards/$slug/plans?title=Thurrock", seed('thurrock-2015-16.csv'), 'text/csv')

        then: 'CSV has one theme per name, so the two Prevention blocks become one theme and refs follow from that'
        fromCsv.status == 201
        fromCsv.json.actions == 38
        fromCsv.json.themes == 4
        fromCsv.json.rag == [GREEN: 18, AMBER: 20]
        get("/api/plans/${fromCsv.json.planId}/actions").json.collect { content(it) } ==
                get("/api/plans/$fromYaml/actions").json.collect { content(it) }
    }

    def 'a plan exported as CSV imports again with the same refs, wording and RAGs'() {
        given:
        String slug = boardWithPeople('csvround')
        long original = post("/api/boards/$slug/plans", seed('north-east-lincolnshire-2016-18.yaml'), 'application/yaml').json.planId as long

        when:
        String csv = get("/api/plans/$original", [Accept: 'text/csv']).body
        def again = post("/api/boards/$slug/plans?title=Again", csv, 'text/csv')

        then:
        again.status == 201
        get("/api/plans/${again.json.planId}/actions").json.collect { content(it) + [ref: it.ref, note: it.lastUpdate.note] } ==
                get("/api/plans/$original/actions").json.collect { content(it) + [ref: it.ref, note: it.lastUpdate.note] }
        get("/api/plans/${again.json.planId}", [Accept: 'text/csv']).body == csv
    }

    private static Map content(Map action) {
        action.subMap(['theme', 'text', 'how', 'outcomes', 'priority', 'timescale', 'leadAgencies', 'reviewRefs', 'rag',
                       'ragWording'])
    }

    private static String withoutBoard(String yaml) {
        yaml.readLines().findAll { !it.startsWith('board:') }.join('\n')
    }

    // Ids and import times differ between two imports of the same plan.
    private static Map strip(Map action) {
        action.findAll { k, v -> !(k in ['id', 'planId', 'lastUpdate']) } + [note: action.lastUpdate.note]
    }
}
