package uk.lscb.cse.notify;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.BoardRepository;

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
public class Sending {
    private static final Logger LOG = LoggerFactory.getLogger(Sending.class);
    static final int BATCH = 50;

    private final Deliveries deliveries;
    private final BoardRepository boards;
    private final Map<String, Notifier> notifiers;

    Sending(Deliveries deliveries, BoardRepository boards, List<Notifier> notifiers) {
        this.deliveries = deliveries;
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
        List<Deliveries.Claimed> batch;
        do {
            batch = deliveries.claim(BATCH);
            for (Deliveries.Claimed claimed : batch) {
                if (send(claimed)) {
                    sent++;
                } else {
                    failed++;
                }
            }
        } while (batch.size() == BATCH);
        return new Pass(sent, failed);
    }

    private boolean send(Deliveries.Claimed claimed) {
        Delivery delivery = claimed.delivery();
        try {
            Notifier notifier = notifiers.get(delivery.platform());
            if (notifier == null) {
                throw new Notifier.DeliveryFailed("no notifier for platform " + delivery.platform() + " in this service");
            }
            Board board = boards.findById(delivery.boardId()).orElseThrow();
            Optional<Notifier.Sent> already = claimed.inFlight() ? notifier.find(delivery, board) : Optional.empty();
            if (already.isPresent()) {
                LOG.info("Delivery {} had reached {} before its sender stopped; not sending again", delivery.id(),
                        delivery.platform());
            }
            Notifier.Sent sent = already.orElseGet(() -> notifier.send(delivery, board));
            deliveries.sent(delivery.id(), sent.channel(), sent.messageId());
            return true;
        } catch (RuntimeException e) {
            // Recipients are work emails of the board's people; notices carry no notes, so this is safe to log.
            LOG.warn("Delivery {} ({} to {}) failed, attempt {}: {}", delivery.id(), delivery.kind(), delivery.recipient(),
                    delivery.attempts() + 1, e.getMessage());
            deliveries.failed(delivery.id(), delivery.attempts() + 1, e.getMessage() == null ? e.toString() : e.getMessage());
            return false;
        }
    }
}
