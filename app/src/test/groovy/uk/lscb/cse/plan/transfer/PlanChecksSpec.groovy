package uk.lscb.cse.plan.transfer

import spock.lang.Specification
import uk.lscb.cse.ImportProblem
import uk.lscb.cse.RefusedFile
import uk.lscb.cse.plan.Rag
import uk.lscb.cse.plan.SafeguardingGuard

import java.time.LocalDate

import static uk.lscb.cse.plan.transfer.PlanDocument.Action
import static uk.lscb.cse.plan.transfer.PlanDocument.Kpi
import static uk.lscb.cse.plan.transfer.PlanDocument.Period
import static uk.lscb.cse.plan.transfer.PlanDocument.Recommendation
import static uk.lscb.cse.plan.transfer.PlanDocument.Theme

/** Reading a plan file's wording into a draft: what a board manager is told to fix, and what is read as meant. */
class PlanChecksSpec extends Specification {
    static final Set<String> PEOPLE = ['pat@police.example', 'eve@school.example'] as Set

    /** One action, as a file row gives it; fields override the defaults. */
    static Action action(Map fields = [:]) {
        Map f = [ref: null, action: 'Awareness sessions in every school', leads: ['Education'], timescale: 'Sept 2015',
                 rag: 'A', progress: null, reviewRefs: null, source: 'row 2'] + fields
        new Action(f.ref, null, f.action, null, null, f.leads, f.timescale, f.rag, f.progress, null, f.reviewRefs, f.source)
    }

    /** A plan that passes every check; fields override its parts. */
    static PlanDocument plan(Map fields = [:]) {
        Map f = [title          : 'Spec plan', period: new Period('2015-01', '2016-12'),
                 recommendations: [new Recommendation('R1', 'Schools'), new Recommendation('R2', 'Police')],
                 themes         : [new Theme('Prevention', null, [action(ref: '1.1')])], kpis: []] + fields
        new PlanDocument(null, f.title, f.period, null, f.recommendations, f.themes, f.kpis)
    }

    static PlanDocument withAction(Map fields) {
        plan(themes: [new Theme('Prevention', null, [action(fields)])])
    }

    static PlanDraft checked(PlanDocument doc) {
        new PlanChecks(PEOPLE, SafeguardingGuard.on(LocalDate.of(2016, 1, 15))).check(doc)
    }

    def 'a plan file with #why is refused: #where #field #reason'() {
        when:
        checked(doc)

        then:
        def refused = thrown(RefusedFile)
        refused.problems() == [new ImportProblem(where, field, reason)]

        where:
        why                               | doc                                                                            | where              | field         | reason
        'no title'                        | plan(title: null)                                                              | 'plan'             | 'title'       | 'is missing; give the plan a title'
        'a blank title'                   | plan(title: '  ')                                                              | 'plan'             | 'title'       | 'is missing; give the plan a title'
        'a period ending before it starts'| plan(period: new Period('2016-12', '2016-01'))                                 | 'plan'             | 'period'      | 'ends before it starts'
        'a period start in words'         | plan(period: new Period('Jan 2016', null))                                     | 'plan'             | 'period.start'| "'Jan 2016' is not a date; write YYYY-MM or YYYY-MM-DD"
        'a period end that cannot exist'  | plan(period: new Period('2016-01', '2016-02-30'))                              | 'plan'             | 'period.end'  | "'2016-02-30' is not a date; write YYYY-MM or YYYY-MM-DD"
        'a recommendation without text'   | plan(recommendations: [new Recommendation('R1', null)])                        | 'recommendations'  | 'ref'         | 'each recommendation needs a ref and a text'
        'a recommendation twice'          | plan(recommendations: [new Recommendation('R1', 'a'), new Recommendation('R1', 'b')]) | 'recommendations' | 'ref' | "'R1' appears twice"
        'no themes'                       | plan(themes: [])                                                               | 'plan'             | 'themes'      | 'the plan has no themes or actions'
        'no themes at all'                | plan(themes: null)                                                             | 'plan'             | 'themes'      | 'the plan has no themes or actions'
        'a theme without a name'          | plan(themes: [new Theme(' ', null, [action(ref: '1.1')])])                     | 'themes[1]'        | 'name'        | 'is missing'
        'one ref on two actions'          | plan(themes: [new Theme('P', null, [action(ref: '1.1'), action(ref: ' 1.1', source: 'row 3')])]) | 'row 3' | 'ref' | "' 1.1' is used by more than one action"
        'an action with no text'          | withAction(action: ' ')                                                        | 'row 2'            | 'action'      | 'is empty; say what will be done'
        'an action past 10,000 characters'| withAction(action: 'x' * 10_001)                                               | 'row 2'            | 'action'      | 'is longer than 10000 characters'
        'a ref past 32 characters'        | withAction(ref: '1' * 33)                                                      | 'row 2'            | 'ref'         | "'${'1' * 33}' is longer than 32 characters"
        'a date that cannot exist'        | withAction(timescale: '31/02/2016')                                            | 'row 2'            | 'timescale'   | "timescale date '31/02/2016' does not exist"
        'a RAG that is not one'           | withAction(rag: 'Purple')                                                      | 'row 2'            | 'rag'         | "'Purple' is not a RAG rating; use Red, Amber, Green, Complete (or R, A, G)"
        'a lead who is not of the board'  | withAction(leads: ['nobody@example.org'])                                      | 'row 2'            | 'leads'       | "nobody@example.org is not one of the board's people; add them with POST /api/boards/{slug}/people first, or name their agency instead"
        'a lead that is not an email'     | withAction(leads: ['pat@police'])                                              | 'row 2'            | 'leads'       | "'pat@police' is not an email address"
        'an agency past 255 characters'   | withAction(leads: ['P' * 256])                                                 | 'row 2'            | 'leads'       | 'agency name is longer than 255 characters'
        'an unknown review ref'           | withAction(reviewRefs: ['R7'])                                                 | 'row 2'            | 'review_refs' | "recommendation 'R7' is not in the plan's recommendations (it lists R1, R2)"
        'a review ref, none listed'       | plan(recommendations: null, themes: [new Theme('P', null, [action(reviewRefs: ['7'])])]) | 'row 2' | 'review_refs' | "recommendation '7' is not in the plan's recommendations (the plan lists none)"
        'a KPI without a measure'         | plan(kpis: [new Kpi(' ', 'Police', 'monthly', null)])                          | 'kpis[1]'          | 'measure'     | 'is missing'
        'a KPI period of no known kind'   | plan(kpis: [new Kpi('Referrals', null, 'fortnightly', null)])                  | 'kpis[1]'          | 'period'      | "'fortnightly' is not monthly, quarterly, half-yearly or annual"
        'an action with no source'        | withAction(rag: 'Purple', source: null)                                        | 'plan'             | 'rag'         | "'Purple' is not a RAG rating; use Red, Amber, Green, Complete (or R, A, G)"
        'a child\'s age in progress'      | withAction(progress: 'Jane Smith, 14, from Stockport: referred')              | 'row 2'            | 'progress'    | 'was not imported: it contains what looks like an age next to a name; progress is about the plan, not about children, so reword the cell without identifying anyone'
    }

    def 'every problem in a file is named at once, in file order'() {
        when:
        checked(plan(title: null, themes: [new Theme('P', null, [action(rag: 'Q', timescale: 'Sept 1890'),
                                                                  action(action: null, source: 'row 3')])]))

        then:
        def refused = thrown(RefusedFile)
        refused.problems()*.toString() == ['plan title: is missing; give the plan a title',
                                           'row 2 timescale: timescale year 1890 is out of range',
                                           "row 2 rag: 'Q' is not a RAG rating; use Red, Amber, Green, Complete (or R, A, G)",
                                           'row 3 action: is empty; say what will be done']
        refused.message.startsWith('4 problem(s) in the file, nothing was imported: plan title: is missing')
    }

    def 'actions the file gives no ref are numbered theme by theme, skipping refs the file uses'() {
        when:
        def draft = checked(plan(themes: [new Theme('Prevention', null, [action(), action(ref: '1.1'), action(ref: ' '), action()]),
                                          new Theme('Pursuit', null, [action(), action(ref: '1.3')])]))

        then:
        draft.themes()*.actions()*.ref == [['1.2', '1.1', '1.4', '1.5'], ['2.1', '1.3']]
        draft.themes()*.actions()*.refGenerated == [[true, false, true, true], [true, false]]
        draft.actionCount() == 6
    }

    def 'a period "#start" to "#end" runs from #from to #to'() {
        expect:
        with(checked(plan(period: new Period(start, end)))) {
            periodStart() == (from ? LocalDate.parse(from) : null)
            periodEnd() == (to ? LocalDate.parse(to) : null)
        }

        where:
        start        | end          | from         | to
        '2015-01'    | '2016-12'    | '2015-01-01' | '2016-12-31'
        '2016-02'    | '2016-02'    | '2016-02-01' | '2016-02-29'
        '2015-04-01' | '2016-03-31' | '2015-04-01' | '2016-03-31'
        ' 2015-04 '  | null         | '2015-04-01' | null
        null         | ''           | null         | null
    }

    def 'leads are read as people by email, lower case, or as agencies by name; blanks and repeats dropped'() {
        when:
        def lead = checked(withAction(leads: ['Police', ' PAT@Police.Example ', ' ', null, 'Police', 'pat@police.example']))
                .themes()[0].actions()[0].leads()

        then:
        lead == [new PlanDraft.Lead('Police', null), new PlanDraft.Lead(null, 'pat@police.example')]
        lead*.isPerson() == [false, true]
    }

    def 'an action keeps its wording, stripped, and reads its RAG and timescale'() {
        when:
        def read = checked(withAction(ref: ' 1.1 ', action: '  Sessions  ', rag: ' G /A ', reviewRefs: [' R1 ', 'R1', 'R2']))
                .themes()[0].actions()[0]

        then:
        read.ref() == '1.1'
        read.text() == 'Sessions'
        read.rag() == Rag.AMBER
        read.ragWording() == 'G /A'
        read.timescale().due() == LocalDate.parse('2015-09-30')
        read.reviewRefs() == ['R1', 'R2']
        !read.priority()
    }

    def 'a KPI period "#period" is read as #kind'() {
        expect:
        checked(plan(kpis: [new Kpi(' Referrals ', 'Police', period, null)])).kpis() ==
                [new PlanDraft.Kpi('Referrals', null, null, 'Police', null, kind, 4, null, null, null, false, null, 'COUNT', [:])]

        where:
        period        | kind
        'monthly'     | 'MONTHLY'
        'Quarterly'   | 'QUARTERLY'
        'six-monthly' | 'SIX_MONTHLY'
        '6 monthly'   | 'SIX_MONTHLY'
        'half-yearly' | 'SIX_MONTHLY'
        'twice yearly' | 'SIX_MONTHLY'
        ' Annual '    | 'ANNUAL'
        'annually'    | 'ANNUAL'
        'yearly'      | 'ANNUAL'
        null          | null
    }
}
