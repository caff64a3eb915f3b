package uk.lscb.cse.ops;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/**
 * Requests refused at the door, counted from the answer each edge gave, so no controller or filter
 * needs a line for it: a Slack request with a bad signature (401 on /slack/…), a Bot Connector
 * Activity whose token or origin is not believed (401/403 on /api/messages), an admin API or metrics
 * call without a valid admin token (401). Refusals of an update (permission, safeguarding guard) are
 * counted where they are decided, under the same name.
 */
@Singleton
class Refusals {
    static final String NAME = "cse.refusals";

    private final MeterRegistry registry;

    Refusals(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(String route, int status) {
        if (route.startsWith("/slack/") && status == 401) {
            registry.counter(NAME, "reason", "signature", "source", "slack").increment();
        } else if (route.equals("/api/messages") && (status == 401 || status == 403)) {
            registry.counter(NAME, "reason", "token", "source", "teams").increment();
        } else if (status == 401 && (route.startsWith("/api/") || route.startsWith("/prometheus"))) {
            registry.counter(NAME, "reason", "token", "source", "api").increment();
        }
    }
}
