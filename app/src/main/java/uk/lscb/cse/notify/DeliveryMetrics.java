package uk.lscb.cse.notify;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.db.Jdbc;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What the sender did with each delivery it claimed, by kind, platform and outcome (sent,
 * retrying, failed = given up, superseded), and how long the oldest delivery that is due has been
 * waiting: read from the ledger at each scrape, so it is the cluster's backlog whichever instance
 * is asked, and it grows when no instance is sending.
 */
@Singleton
class DeliveryMetrics implements MeterBinder {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryMetrics.class);

    // Looked up when first read: the registry binds this while the datasource is still being made.
    private final Provider<Jdbc> jdbc;
    private final Provider<TransactionOperations<Connection>> transactions;
    private final Clock clock;
    private MeterRegistry registry;

    DeliveryMetrics(Provider<Jdbc> jdbc, Provider<TransactionOperations<Connection>> transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("cse.delivery.oldest.due", this, DeliveryMetrics::oldestDueSeconds)
                .description("seconds the oldest delivery due to be sent (pending, retrying or being sent) has waited; 0 when none")
                .baseUnit("seconds")
                .register(registry);
    }

    void claimed(Delivery delivery, String outcome) {
        if (registry != null) {
            registry.counter("cse.deliveries", "kind", delivery.kind().name().toLowerCase(Locale.ROOT),
                    "platform", delivery.platform(), "outcome", outcome).increment();
        }
    }

    double oldestDueSeconds() {
        Instant now = clock.instant();
        try {
            Instant oldest = transactions.get().executeRead(status -> jdbc.get().list("SELECT MIN(next_attempt_at) AS oldest FROM delivery"
                    + " WHERE status IN ('PENDING', 'RETRYING', 'SENDING') AND next_attempt_at <= ?",
                    rs -> Optional.ofNullable(Jdbc.instant(rs, "oldest")), now)).stream().flatMap(Optional::stream)
                    .findFirst().orElse(null);
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0);
        } catch (RuntimeException e) {
            // The database is away: readiness says so; the gauge has no value rather than a wrong one.
            LOG.debug("Could not read the delivery backlog: {}", e.getMessage());
            return Double.NaN;
        }
    }
}
