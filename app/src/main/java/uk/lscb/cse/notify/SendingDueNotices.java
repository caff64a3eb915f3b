package uk.lscb.cse.notify;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends what the ledger says is due. A delivery whose earlier sender stopped mid-send is first
 * looked for on the platform, so a crash after the platform took it does not send it twice.
 */
@Singleton
public class SendingDueNotices {
    private static final Logger LOG = LoggerFactory.getLogger(SendingDueNotices.class);
    static final int BATCH = 50;

    private final DeliveryLedger ledger;
    private final Boards boards;
    private final Map<String, Notifier> notifiers;

    SendingDueNotices(DeliveryLedger ledger, Boards boards, List<Notifier> notifiers) {
        this.ledger = ledger;
        this.boards = boards;
        this.notifiers = notifiers.stream().collect(Collectors.toMap(Notifier::platform, Function.identity()));
    }

    /** What one pass did. */
    public record Pass(int sent, int failed) {
    }

    /** Sends everything due, batch by batch, until nothing is left that is due now. */
    public Pass sendDue() {
        int sent = 0;
        int failed = 0;
        List<DeliveryLedger.Claimed> batch;
        do {
            batch = ledger.claim(BATCH);
            for (DeliveryLedger.Claimed claimed : batch) {
                if (send(claimed)) {
                    sent++;
                } else {
                    failed++;
                }
            }
        } while (batch.size() == BATCH);
        return new Pass(sent, failed);
    }

    private boolean send(DeliveryLedger.Claimed claimed) {
        Delivery delivery = claimed.delivery();
        try {
            Notifier notifier = notifiers.get(delivery.platform());
            if (notifier == null) {
                throw new Notifier.DeliveryFailed("no notifier for platform " + delivery.platform() + " in this service");
            }
            Board board = boards.withId(delivery.boardId()).orElseThrow();
            Optional<Notifier.Sent> already = claimed.inFlight() ? notifier.find(delivery, board) : Optional.empty();
            if (already.isPresent()) {
                LOG.info("Delivery {} had reached {} before its sender stopped; not sending again", delivery.id(),
                        delivery.platform());
            }
            Notifier.Sent sent = already.orElseGet(() -> notifier.send(delivery, board));
            ledger.sent(delivery.id(), sent.channel(), sent.messageId());
            return true;
        } catch (RuntimeException e) {
            // The recipient by person id (or the board's channel), never by email: the log is kept and shipped.
            LOG.warn("Delivery {} ({} to {}) failed, attempt {}: {}", delivery.id(), delivery.kind(),
                    delivery.personId() == null ? "the board's channel" : "person " + delivery.personId(),
                    delivery.attempts() + 1, e.getMessage());
            ledger.failed(delivery.id(), delivery.attempts() + 1, e.getMessage() == null ? e.toString() : e.getMessage());
            return false;
        }
    }
}
