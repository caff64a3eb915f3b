package uk.lscb.cse.notify;

import uk.lscb.cse.board.Board;

import java.time.Duration;
import java.time.Instant;
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

    /**
     * Sends the delivery's notice; throws {@link DeliveryFailed} saying why when it could not. The
     * sender's claim on the delivery ends at {@code sendBy}: no call that posts the message may
     * start unless it is sure to end by then (else another instance could take over, find nothing
     * yet, and send it too), nor may a rate limit be waited out past it.
     */
    Sent send(Delivery delivery, Board board, Instant sendBy);

    /**
     * Whether a delivery that may already have been sent (its sender stopped mid-send, or the
     * platform's answer was lost) did reach the platform, so it is not sent twice; empty when it
     * did not. Throws when the platform cannot be asked now (the delivery waits for the next try).
     */
    Optional<Sent> find(Delivery delivery, Board board);

    /** The longest one call to the platform can take (its timeouts): a claim must outlast it. */
    Duration longestCall();

    /** Where a notice went: the channel (or DM) and the platform's message id. */
    record Sent(String channel, String messageId) {
    }

    /**
     * A send that did not happen, saying why. {@code mayHaveArrived} when the platform may have
     * taken the message anyway (a timeout, a 5xx, a connection lost after the request went): the
     * next attempt looks before it sends. {@code retryAfter} when the platform asked for a wait.
     */
    class DeliveryFailed extends RuntimeException {
        private final boolean mayHaveArrived;
        private final Duration retryAfter;

        public DeliveryFailed(String message) {
            this(message, false, Duration.ZERO);
        }

        public DeliveryFailed(String message, boolean mayHaveArrived, Duration retryAfter) {
            super(message);
            this.mayHaveArrived = mayHaveArrived;
            this.retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
        }

        public boolean mayHaveArrived() {
            return mayHaveArrived;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }
}
