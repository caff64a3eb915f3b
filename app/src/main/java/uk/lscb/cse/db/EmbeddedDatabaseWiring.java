package uk.lscb.cse.db;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.inject.Singleton;

/**
 * With no URL configured for the default datasource, start the embedded MariaDB and point the
 * datasource at it. This has to run while the configuration is being initialised: once the
 * Hikari pool bean is created it is too late to change the URL.
 */
@Singleton
class EmbeddedDatabaseWiring implements BeanInitializedEventListener<DatasourceConfiguration> {
    private final EmbeddedDatabaseSettings settings;

    EmbeddedDatabaseWiring(EmbeddedDatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration datasource = event.getBean();
        String url = datasource.getConfiguredUrl();
        if (url == null || url.isBlank()) {
            EmbeddedMariaDb db = EmbeddedMariaDb.startOnce(settings.dataRoot(), settings.port());
            EmbeddedMariaDb.opened();
            datasource.setUrl(db.jdbcUrl());
            datasource.setUsername(db.user());
            datasource.setPassword(db.password());
        }
        return datasource;
    }
}
