package uk.lscb.cse.ops;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.flyway.event.MigrationFinishedEvent;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Not ready until Flyway has migrated the database: an instance of a new version must get no traffic
 * while it changes the schema (a rolling upgrade sends it none until then). Readiness also follows
 * the database itself (Micronaut's jdbc indicator): an instance that cannot reach it is not ready.
 */
@Singleton
@Readiness
@Requires(property = "flyway.datasources.default.enabled", notEquals = "false")
class MigrationsReadiness implements HealthIndicator, ApplicationEventListener<MigrationFinishedEvent> {
    private volatile boolean migrated;

    @Override
    public void onApplicationEvent(MigrationFinishedEvent event) {
        onMigrated(event);
    }

    void onMigrated(MigrationFinishedEvent event) {
        migrated = true;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(result());
    }

    HealthResult result() {
        return HealthResult.builder("migrations", migrated ? HealthStatus.UP : HealthStatus.DOWN)
                .details(migrated ? "the schema is up to date" : "Flyway is migrating the database")
                .build();
    }
}
