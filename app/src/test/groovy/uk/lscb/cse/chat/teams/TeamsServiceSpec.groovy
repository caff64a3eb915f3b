package uk.lscb.cse.chat.teams

import spock.lang.AutoCleanup
import spock.lang.Shared
import uk.lscb.cse.support.PlanBoard
import uk.lscb.cse.support.ServiceSpec
import uk.lscb.cse.support.TeamsTenant

/**
 * The service's Teams endpoint, spoken to from a {@link TeamsTenant} linked to a board with the
 * fixture's people and plan. The names below are the tenant's, so features read as Teams does.
 */
abstract class TeamsServiceSpec extends ServiceSpec {
    static final Map<String, String> AAD = TeamsTenant.AAD
    static final String CHANNEL = '19:plan-channel@thread.tacv2'

    @Shared @AutoCleanup TeamsTenant teams = new TeamsTenant(this)
    PlanBoard board

    @Override
    Map<String, Object> properties() { teams.settings() }

    def setup() {
        clock.set('2016-01-15T10:00:00Z')
        board = PlanBoard.withPlan(this, 'teams')
        teams.linkTo(board, CHANNEL)
    }

    String getSlug() { board.slug }

    long getPlanId() { board.planId }

    String getTenant() { teams.tenant }

    List history(String ref) { board.history(ref) }

    Map activity(String who, Map fields) { teams.activity(who, fields) }

    String token(Map overrides = [:]) { teams.token(overrides) }

    Reply post(Map activity, String token = token()) { teams.post(activity, token) }

    Map say(String who, String text, Map extra = [:]) { teams.say(who, text, extra) }
}
