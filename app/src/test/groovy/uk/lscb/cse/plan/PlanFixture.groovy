package uk.lscb.cse.plan

/** A small plan whose every action tests something: lateness, completion, ongoing, people and agency leads. */
class PlanFixture {
    static final List<String> PEOPLE = [
            'Pat Police,pat@police.example,Police,lead',
            'Eve Education,eve@school.example,Education,lead',
            'Cat Coordinator,cat@lscb.example,LSCB,coordinator',
            'Owen Outsider,out@health.example,Health,lead']

    static final String YAML = '''
title: Spec plan
period: {start: 2015-01, end: 2016-12}
themes:
  - name: Prevention
    aim: Stop it happening
    actions:
      - ref: "1.1"
        action: Awareness sessions in every secondary school
        leads: [Education]
        timescale: Sept 2015
        rag: A
        priority: true
      - ref: "1.2"
        action: Online safety pages for parents
        leads: [pat@police.example]
        timescale: March 2016
        rag: G
  - name: Pursuit
    actions:
      - ref: "2.1"
        action: Disruption plan for hotspots
        leads: [Police]
        timescale: Dec 2015
        rag: Complete
      - ref: "2.2"
        action: Review the MASE meeting
        leads: [Police, Education]
        timescale: Ongoing
        rag: R
        priority: true
'''
}
