package uk.lscb.cse.plan.transfer

import spock.lang.Specification
import uk.lscb.cse.ImportProblem

class KpiChecksSpec extends Specification {
    static final List<String> THEMES = ['Prevention', 'Assessments', 'Assessments', 'Pursuit']

    static PlanDocument.Kpi kpi(Map fields) {
        new PlanDocument.Kpi(fields.measure ?: 'Referrals', fields.counted, fields.theme, fields.owner, fields.ownerPerson,
                fields.period, fields.yearStart, fields.target, fields.direction, fields.baseline, fields.byAgency, fields.oba,
                fields.kind, fields.values)
    }

    def 'a measure with every field is read as the database stores it'() {
        given:
        List<ImportProblem> problems = []

        when:
        def read = new KpiChecks(['pat@police.example'] as Set, THEMES, problems).check([kpi(
                counted: 'referrals in the quarter', theme: 'Pursuit', owner: 'Police', ownerPerson: 'Pat@Police.example',
                period: 'Half-Yearly', yearStart: 'January', target: 20, direction: 'Lower', baseline: 30, byAgency: true,
                oba: 'Is anyone better off?', kind: 'percentage', values: ['2015 H2': 12.5]
        )])

        then:
        problems == []
        read == [new PlanDraft.Kpi('Referrals', 'referrals in the quarter', 4, 'Police', 'pat@police.example', 'SIX_MONTHLY',
                1, 20, 'LOWER', 30, true, 'BETTER_OFF', 'PERCENTAGE', ['2015 H2': 12.5])]
    }

    def 'a measure with #why is refused: #field #reason'() {
        given:
        List<ImportProblem> problems = []

        when:
        new KpiChecks(['pat@police.example'] as Set, THEMES, problems).check([kpi(fields)])

        then:
        problems == [new ImportProblem('kpis[1]', field, reason)]

        where:
        why                         | fields                           || field         | reason
        'a theme two themes share'  | [theme: 'Assessments']           || 'theme'       | "more than one theme is named 'Assessments': give the theme's number ([2, 3]) instead"
        'no such theme'             | [theme: 'Pursuit of happiness']  || 'theme'       | "'Pursuit of happiness' is not a theme of the plan"
        'a theme number too high'   | [theme: '9']                     || 'theme'       | '9 is not a theme number: the plan has 4 themes'
        'an owner not on the board' | [ownerPerson: 'sam@x.example']   || 'ownerPerson' | "'sam@x.example' is not one of the board's people; load them first (POST /api/boards/{slug}/people) or leave ownerPerson out"
        'no such month'             | [yearStart: 'Smarch']            || 'yearStart'   | "'Smarch' is not a month; write e.g. April (the financial year) or January"
        'no such direction'         | [direction: 'sideways']          || 'direction'   | "'sideways' is not higher or lower (is better)"
        'no such OBA category'      | [oba: 'how fast']                || 'oba'         | "'how fast' is not how much, how well or better off"
        'no such kind'              | [kind: 'ratio']                  || 'kind'        | "'ratio' is not count, decimal or percentage"
        'a negative value'          | [values: ['2015-16 Q3': -1.0G]]   || 'values'      | '2015-16 Q3: a value cannot be negative'
    }
}
