package uk.lscb.cse.notify;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How sending from the ledger behaves: CSE_DELIVERY_CLAIM (how long one delivery is held by the
 * sender working on it; a sender starts no call to a platform that could end after it, so it must
 * outlast the slowest call), CSE_DELIVERY_MAX_ATTEMPTS and CSE_DELIVERY_MAX_AGE (after which a
 * delivery that keeps failing is given up, marked failed for good and listed).
 */
@ConfigurationProperties("cse.delivery")
public record DeliverySettings(@Bindable(defaultValue = "2m") Duration claim,
                               @Bindable(defaultValue = "12") int maxAttempts,
                               @Bindable(defaultValue = "24h") Duration maxAge) {
}
