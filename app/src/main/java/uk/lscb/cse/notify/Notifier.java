package uk.lscb.cse.notify;

import uk.lscb.cse.board.Board;

import java.util.Optional;

/**
 * A chat platform that delivers notices. Slack is the first; Teams the second. Implementations
 * only render and send: what to send, to whom and when is decided by the sweep and the digest.
 */
public interface Notifier {
    /** The platform name stored in the ledger, e.g. "slack". */
    String platform();

    /** Whether this board is linked to the platform. */
    boolean serves(Board board);

    /** Sends the delivery's notice; throws {@link DeliveryFailed} saying why when it could not. */
    Sent send(Delivery delivery, Board board);

    /**
     * Whether a delivery whose sender stopped mid-send did reach the platform (so it is not sent
     * twice); empty when it did not or the platform cannot tell.
     */
    Optional<Sent> find(Delivery delivery, Board board);

    /** Where a notice went: the channel (or DM) and the platform's message id. */
    record Sent(String channel, String messageId) {
    }

    class DeliveryFailed extends RuntimeException {
        public DeliveryFailed(String message) {
            super(message);
        }
    }
}
