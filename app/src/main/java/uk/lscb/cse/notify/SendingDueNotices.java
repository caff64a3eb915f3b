package uk.lscb.cse.notify;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;
import uk.lscb.cse.db.NamedLocks;
import uk.lscb.cse.notify.DeliveryClaims.Claimed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends what the ledger says is due, one claimed delivery at a time. A delivery that may already
 * have arrived (its sender stopped mid-send, or the platform's answer was lost) is first looked for
 * on the platform; one that is no longer true is dropped as superseded; one that keeps failing is
 * given up after {@link DeliverySettings#maxAttempts} attempts or {@link DeliverySettings#maxAge}.
 */
@Singleton
public class SendingDueNotices {
    private static final Logger LOG = LoggerFactory.getLogger(SendingDueNotices.class);
    /** Instances' clocks may differ a little (Quartz asks for a second): a sender stops this much before its claim ends. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    /** Held by the one sender of the cluster while it sends. */
    static final String SENDER_LOCK = "cse.sending";

    private final DeliveryClaims claims;
    private final CheckingNoticesStillTrue stillTrue;
    private final Boards boards;
    private final Map<String, Notifier> notifiers;
    private final DeliverySettings settings;
    private final Clock clock;
    private final NamedLocks locks;
    private final DeliveryMetrics metrics;

    SendingDueNotices(DeliveryClaims claims, CheckingNoticesStillTrue stillTrue, Boards boards, List<Notifier> notifiers,
                      DeliverySettings settings, Clock clock, NamedLocks locks, DeliveryMetrics metrics) {
        this.metrics = metrics;
        this.claims = claims;
        this.stillTrue = stillTrue;
        this.boards = boards;
        this.notifiers = notifiers.stream().collect(Collectors.toMap(Notifier::platform, Function.identity()));
        this.settings = settings;
        this.clock = clock;
        this.locks = locks;
        Duration slowest = notifiers.stream().map(Notifier::longestCall).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        Duration least = CLOCK_SKEW.plus(slowest.multipliedBy(2));
        if (settings.claim().compareTo(least) < 0 || settings.maxAttempts() < 1) {
            throw new IllegalStateException("CSE_DELIVERY_CLAIM is " + settings.claim().toSeconds() + " s, but one call to a"
                    + " chat platform may take " + slowest.toSeconds() + " s: set it to at least " + least.toSeconds()
                    + " s (and CSE_DELIVERY_MAX_ATTEMPTS to at least 1)");
        }
    }

    /** What one pass did. */
    public record Pass(int sent, int failed, int superseded) {
        public Pass(int sent, int failed) {
            this(sent, failed, 0);
        }
    }

    private enum Outcome { SENT, RETRYING, FAILED, SUPERSEDED, TAKEN_OVER }

    /**
     * Sends everything due, one delivery at a time, until nothing is left that is due now. One
     * sender in the whole cluster at a time, so the platforms' rate limits are not multiplied:
     * Quartz's {@code @DisallowConcurrentExecution} alone does not promise that (a clustered node
     * releasing a trigger it had acquired unblocks it while the job runs on another node, and the
     * digest sent on demand sends outside Quartz), so the database holds the sender's lock. A second
     * sender waits its turn, then sends whatever the first left due.
     */
    public Pass sendDue() {
        return locks.holding(SENDER_LOCK, settings.claim(), this::sendAllDue).orElseGet(() -> {
            LOG.info("Another instance has been sending for {} s; what is due goes at its next beat", settings.claim().toSeconds());
            return new Pass(0, 0, 0);
        });
    }

    private Pass sendAllDue() {
        int sent = 0;
        int failed = 0;
        int superseded = 0;
        for (Optional<Claimed> next = claims.next(); next.isPresent(); next = claims.next()) {
            Outcome outcome = send(next.get());
            metrics.claimed(next.get().delivery(), outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            switch (outcome) {
                case SENT -> sent++;
                case RETRYING, FAILED -> failed++;
                case SUPERSEDED -> superseded++;
                case TAKEN_OVER -> LOG.info("Delivery {}: its claim ran out and another sender took it over; the outcome"
                        + " is theirs to record", next.get().delivery().id());
            }
        }
        return new Pass(sent, failed, superseded);
    }

    private Outcome send(Claimed claimed) {
        Delivery delivery = claimed.delivery();
        boolean lookFirst = claimed.lookFirst();
        try {
            Notifier notifier = notifiers.get(delivery.platform());
            if (notifier == null) {
                throw new Notifier.DeliveryFailed("no notifier for platform " + delivery.platform() + " in this service");
            }
            Board board = boards.withId(delivery.boardId()).orElseThrow();
            if (lookFirst) {
                Optional<Notifier.Sent> found = notifier.find(delivery, board);
                if (found.isPresent()) {
                    LOG.info("Delivery {} had reached {} already; not sending it again", delivery.id(), delivery.platform());
                    return recorded(claims.sent(claimed, found.get().channel(), found.get().messageId()), Outcome.SENT);
                }
                lookFirst = false;     // asked, and it is not there: sending is safe
            }
            if (!Duration.between(delivery.createdAt(), clock.instant()).minus(settings.maxAge()).isNegative()) {
                String gaveUp = "gave up: not sent within " + words(settings.maxAge()) + " of being decided";
                return recorded(claims.failed(claimed, delivery.lastError() == null ? gaveUp : delivery.lastError() + "; "
                        + gaveUp, false), Outcome.FAILED);
            }
            Optional<String> superseded = stillTrue.whyNot(delivery);
            if (superseded.isPresent()) {
                LOG.info("Delivery {} ({}) superseded: {}", delivery.id(), delivery.kind(), superseded.get());
                return recorded(claims.superseded(claimed, superseded.get()), Outcome.SUPERSEDED);
            }
            Notifier.Sent sent = notifier.send(delivery, board, claimed.until().minus(CLOCK_SKEW));
            return recorded(claims.sent(claimed, sent.channel(), sent.messageId()), Outcome.SENT);
        } catch (RuntimeException e) {
            // Anything but a failure the platform made clear (a refusal, a rate limit, no such user) may
            // have happened after the message went: the next attempt asks the platform first.
            Notifier.DeliveryFailed clear = e instanceof Notifier.DeliveryFailed f ? f : null;
            boolean mayHaveArrived = lookFirst || clear == null || clear.mayHaveArrived();
            String error = e.getMessage() == null ? e.toString() : e.getMessage();
            // The recipient by person id (or the board's channel), never by email: the log is kept and shipped.
            LOG.warn("Delivery {} ({} to {}) failed, attempt {}: {}", delivery.id(), delivery.kind(),
                    delivery.personId() == null ? "the board's channel" : "person " + delivery.personId(),
                    claimed.attempt(), error);
            if (claimed.attempt() >= settings.maxAttempts()) {
                return recorded(claims.failed(claimed, error + "; gave up after " + claimed.attempt() + " attempts",
                        mayHaveArrived), Outcome.FAILED);
            }
            Duration wait = DeliveryLedger.backoff(claimed.attempt());
            Instant at = clock.instant().plus(clear != null && clear.retryAfter().compareTo(wait) > 0 ? clear.retryAfter() : wait);
            return recorded(claims.retry(claimed, error, mayHaveArrived, at), Outcome.RETRYING);
        }
    }

    private static Outcome recorded(boolean held, Outcome outcome) {
        return held ? outcome : Outcome.TAKEN_OVER;
    }

    private static String words(Duration duration) {
        return duration.toMinutes() % 60 != 0 ? duration.toMinutes() + " minutes" : duration.toHours() + " hours";
    }
}
