package uk.lscb.cse.notify

import uk.lscb.cse.board.Board
import uk.lscb.cse.board.Boards
import uk.lscb.cse.chat.slack.SlackServiceSpec

/**
 * A board linked to Slack with a plan whose every action tests a kind of notice, imported on
 * Thursday 10 December 2015. The sweep, digest and sender run against the fixed clock.
 */
abstract class NotifySpec extends SlackServiceSpec {
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

    long chasingPlan

    def setup() {
        // The ledger is shared by every board in the test database: leave nothing from earlier
        // specs or runs waiting to be sent, so each spec sees only its own board's deliveries.
        sql("DELETE FROM delivery WHERE status <> 'SENT'")
        clock.set('2015-12-10T10:00:00Z')
        chasingPlan = post("/api/boards/$slug/plans", CHASING, 'application/yaml').json.planId as long
    }

    Board board() { bean(Boards).find(slug) }

    Map<NoticeKind, Integer> sweepOn(String instant) {
        clock.set(instant)
        bean(DailySweep).run(board()).counts()
    }

    SendingDueNotices.Pass send() { bean(SendingDueNotices).sendDue() }

    List<Delivery> ledger() { bean(DeliveryLedger).ofBoard(board().id(), 1000).reverse() }

    List<Delivery> ledgerFor(String email) { ledger().findAll { it.recipient == email } }

    /** Direct messages the bot posted, as [to, text] with the user id taken from the DM channel. */
    List<List<String>> dms() {
        slack.posted().findAll { it.channel.startsWith('D') }.collect { [it.channel.substring(1), it.text] }
    }
}
