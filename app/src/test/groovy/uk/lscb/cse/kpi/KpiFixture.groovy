package uk.lscb.cse.kpi

import uk.lscb.cse.plan.PlanFixture

/**
 * The spec plan with three measures: 1 quarterly, owned by Pat of the Police, with a target; 2 monthly
 * and split by agency; 3 a percentage owned by Education. With the specs' clock at 15 Jan 2016 the
 * latest closed periods are 2015-16 Q3 and 2015-12.
 */
class KpiFixture {
    static final String YAML = PlanFixture.YAML + '''
kpis:
  - measure: CSE referrals received by the police
    counted: referrals of Thurrock children received in the quarter
    theme: 2
    owner: Police
    ownerPerson: pat@police.example
    period: quarterly
    target: 20
    direction: higher
    baseline: 12
    oba: how much
  - measure: Risk assessments completed (by agency)
    theme: 1
    period: monthly
    byAgency: true
  - measure: Return interviews held within 72 hours
    owner: Education
    period: quarterly
    kind: percentage
    target: 80
    direction: higher
    oba: how well
'''
}
