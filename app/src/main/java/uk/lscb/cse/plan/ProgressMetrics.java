package uk.lscb.cse.plan;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Source;

import java.util.Locale;

/**
 * Progress updates recorded, and updates refused, by where they came from (slack, teams, api,
 * import). A refusal is counted by its reason only: {@code permission} (not a lead of the action,
 * not one of the board's people) or {@code guard} (a note that looks like it identifies a child).
 */
@Singleton
class ProgressMetrics {
    private final MeterRegistry registry;

    ProgressMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void updated(Source source) {
        registry.counter("cse.progress.updates", "source", name(source)).increment();
    }

    void refused(String reason, Source source) {
        registry.counter("cse.refusals", "reason", reason, "source", name(source)).increment();
    }

    private static String name(Source source) {
        return source == null ? "unknown" : source.name().toLowerCase(Locale.ROOT);
    }
}
