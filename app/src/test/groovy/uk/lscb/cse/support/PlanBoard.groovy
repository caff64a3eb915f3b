package uk.lscb.cse.support

import uk.lscb.cse.plan.PlanFixture

/**
 * A board of the feature's own (a slug no other spec or earlier run uses) with the fixture's
 * people and, when asked, its plan: set up through the admin API as a board manager would.
 */
class PlanBoard {
    final ServiceSpec service
    final String slug
    /** The plan imported with the board, if one was. */
    final Long planId

    private PlanBoard(ServiceSpec service, String slug, Long planId) {
        this.service = service
        this.slug = slug
        this.planId = planId
    }

    /** The fixture's four people and no plan yet. */
    static PlanBoard withPeople(ServiceSpec service, String prefix) {
        new PlanBoard(service, service.boardWithPeople(prefix, PlanFixture.PEOPLE), null)
    }

    /** The fixture's people and plan, imported at the service's current time. */
    static PlanBoard withPlan(ServiceSpec service, String prefix) {
        PlanBoard board = withPeople(service, prefix)
        new PlanBoard(service, board.slug, board.importPlan(PlanFixture.YAML))
    }

    long importPlan(String yaml) {
        def reply = service.post("/api/boards/$slug/plans", yaml, 'application/yaml')
        assert reply.status == 201
        reply.json.planId as long
    }

    /** Changes the board's settings, e.g. links it to a Slack workspace or a Teams tenant. */
    void set(Map settings) {
        assert service.put("/api/boards/$slug", settings).status == 200
    }

    /** Every update to an action of the board's plan, newest first. */
    List history(String ref) {
        service.get("/api/plans/$planId/actions/$ref/updates").json as List
    }
}
