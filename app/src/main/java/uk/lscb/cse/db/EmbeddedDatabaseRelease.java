package uk.lscb.cse.db;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.event.BeanDestroyedEvent;
import io.micronaut.context.event.BeanDestroyedEventListener;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * Tells the embedded MariaDB that a service using it has closed its pool, so the server is
 * stopped only after that (see EmbeddedMariaDb's shutdown hook) and no job is cut off mid-write.
 */
@Singleton
class EmbeddedDatabaseRelease implements BeanDestroyedEventListener<DataSource> {
    @Override
    public void onDestroyed(BeanDestroyedEvent<DataSource> event) {
        try {
            DataSource source = event.getBean();
            if (source.isWrapperFor(HikariDataSource.class)
                    && EmbeddedMariaDb.serves(source.unwrap(HikariDataSource.class).getJdbcUrl())) {
                EmbeddedMariaDb.closed();
            }
        } catch (SQLException e) {
            // not a pool we can inspect: not ours
        }
    }
}
