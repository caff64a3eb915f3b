package uk.lscb.cse.notify

import spock.lang.AutoCleanup
import spock.lang.Shared
import uk.lscb.cse.board.Board
import uk.lscb.cse.board.Boards
import uk.lscb.cse.support.PlanBoard
import uk.lscb.cse.support.ServiceSpec
import uk.lscb.cse.support.SlackWorkspace

/**
 * A board with the fixture's people and a plan whose every action tests a kind of notice,
 * imported on Thursday 10 December 2015, linked to a {@link SlackWorkspace} where the notices
 * are read. The sweep, digest and sender run against the fixed clock.
 *
 * The sender works through the whole ledger, which every board in the test database shares: a
 * feature leaves no delivery of its board behind, and a spec starts only on a ledger with nothing
 * of others' waiting to be sent.
 */
abstract class NotifySpec extends ServiceSpec {
    static final String CHASING = '''
title: Chasing plan
themes:
  - name: Prevention
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
        timescale: 20 January 2016
        rag: G
      - ref: "1.3"
        action: Keep the MASE meeting under review
        leads: [Police]
        timescale: To be reviewed in December 2015
        rag: G
      - ref: "1.4"
        action: Disruption plan for hotspots
        leads: [Police]
        timescale: Dec 2015
        rag: Complete
      - ref: "1.5"
        action: Health passport for looked-after children
        leads: [out@health.example]
        timescale: Dec 2016
        rag: A
        priority: true
'''

    @Shared @AutoCleanup SlackWorkspace slack = new SlackWorkspace(this)
    PlanBoard chasing
    long chasingPlan

    @Override
    Map<String, Object> properties() { slack.settings() }

    def setupSpec() {
        int waiting = sql("SELECT COUNT(*) FROM delivery WHERE status IN ('PENDING', 'RETRYING', 'SENDING')")[0][0] as int
        assert waiting == 0: "the test database holds $waiting unsent deliveries from an interrupted run or a benchmark;" +
                ' this spec would send them too. Remove app/target/test-db (it is recreated) and run again.'
    }

    def setup() {
        clock.set('2016-01-15T10:00:00Z')
        chasing = PlanBoard.withPeople(this, 'notify')
        slack.linkTo(chasing)
        clock.set('2015-12-10T10:00:00Z')
        chasingPlan = chasing.importPlan(CHASING)
    }

    def cleanup() {
        if (chasing) {
            sql('DELETE FROM delivery WHERE board_id = ?', board().id())
        }
    }

    String getSlug() { chasing.slug }

    Board board() { bean(Boards).find(slug) }

    Map<NoticeKind, Integer> sweepOn(String instant) {
        clock.set(instant)
        bean(DailySweep).run(board()).counts()
    }

    /** A plan of 40 priority actions, none green, imported the Monday before the digest. */
    void importLongPlan() {
        clock.set('2016-01-11T10:00:00Z')
        String yaml = 'title: Long plan\nthemes:\n  - name: All\n    actions:\n' + (1..40).collect {
            "      - action: Action number $it\n        leads: [Police]\n        timescale: Dec 2016\n        rag: A\n        priority: true\n"
        }.join()
        assert post("/api/boards/$slug/plans", yaml, 'application/yaml').status == 201
    }

    /** The scheduled digest of Monday 18 January 2016 at 09:00, and a sending pass. */
    void digestOnMonday() {
        clock.set('2016-01-18T09:00:00Z')
        bean(WeeklyDigest).scheduled(board())
        send()
    }

    SendingDueNotices.Pass send() { bean(SendingDueNotices).sendDue() }

    List<Delivery> ledger() { bean(DeliveryLedger).ofBoard(board().id(), 1000).reverse() }

    List<Delivery> ledgerFor(String email) { ledger().findAll { it.recipient == email } }

    List<List<String>> dms() { slack.dms() }

    Map ask(String user, String text) { slack.ask(user, text) }

    Reply event(Map event) { slack.event(event) }

    static String shown(Map reply) { SlackWorkspace.shown(reply) }
}
