package uk.lscb.cse.plan.transfer

import spock.lang.Specification

/** The column headings of the shipped plans (shared/seeds) and the issue's, read by what they mean. */
class PlanHeadersSpec extends Specification {

    def 'the heading "#heading" (#plan) is read as #meaning'() {
        expect:
        PlanHeaders.meaning(heading) == Optional.ofNullable(meaning)

        where:
        heading                   | plan           | meaning
        'Action'                  | 'NE Lincs'     | 'action'
        'How will we do this?'    | 'NE Lincs'     | 'how'
        'Lead Agency'             | 'NE Lincs'     | 'leads'
        'Timescale & Progress'    | 'NE Lincs'     | 'timescale'
        'RAG Rating'              | 'NE Lincs'     | 'rag'
        'Progress in Dec 16'      | 'NE Lincs'     | 'progress'
        'ACTION'                  | 'Thurrock'     | 'action'
        'OUTPUT'                  | 'Thurrock'     | 'how'
        'OUTCOMES'                | 'Thurrock'     | 'outcomes'
        'LEAD AGENCY'             | 'Thurrock'     | 'leads'
        'LEAD OFFICER'            | 'Thurrock'     | 'leads'
        'TIMESCALE'               | 'Thurrock'     | 'timescale'
        'RAG STATUS'              | 'Thurrock'     | 'rag'
        'THEME'                   | 'Thurrock'     | 'theme'
        'What'                    | 'Manchester'   | 'action'
        'Why'                     | 'Manchester'   | 'outcomes'
        'Who'                     | 'Manchester'   | 'leads'
        'Timescale'               | 'Manchester'   | 'timescale'
        'Ref'                     | 'issue'        | 'ref'
        'Lead'                    | 'issue'        | 'leads'
        'Leads'                   | 'issue'        | 'leads'
        'Responsible'             | 'issue'        | 'leads'
        'Owner'                   | 'issue'        | 'leads'
        'Timescales'              | 'issue'        | 'timescale'
        'Deadline'                | 'issue'        | 'timescale'
        'By when'                 | 'issue'        | 'timescale'
        'Target date'             | 'issue'        | 'timescale'
        'RAG'                     | 'issue'        | 'rag'
        'Status'                  | 'issue'        | 'rag'
        'Progress'                | 'issue'        | 'progress'
        'Current Position'        | 'issue'        | 'progress'
        'Update'                  | 'issue'        | 'progress'
        'Activity/Evidence'       | 'issue'        | 'progress'
        'Outcome'                 | 'issue'        | 'outcomes'
        'Anticipated outcomes'    | 'issue'        | 'outcomes'
        'Success measures'        | 'issue'        | 'outcomes'
        'How'                     | 'issue'        | 'how'
        'Outputs'                 | 'issue'        | 'how'
        'Tasks'                   | 'issue'        | 'how'
        ' review_refs '           | 'our CSV'      | 'review_refs'
        'Review Refs'             | 'our CSV'      | 'review_refs'
        'Budget code'             | 'unknown'      | null
        'notes for us'            | 'unknown'      | null
        ''                        | 'blank'        | null
    }

    def 'a row is a heading row when most of its filled cells are headings: #cells'() {
        expect:
        PlanHeaders.isHeaderRow(cells) == header

        where:
        cells                                                    | header
        ['Action', 'Lead Agency', 'Timescale', 'RAG Rating']     | true
        ['Action', null, '', 'Notes']                            | false   // one known heading is not enough
        ['Raise awareness', 'Police', 'Sept 2015', 'G']          | false
        ['Ref', 'Action', 'Owner', 'Budget', 'Cost centre']      | true
        ['Action', 'x', 'y', 'z', 'w']                           | false
    }
}
