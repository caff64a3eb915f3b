package uk.lscb.cse.schedule;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;

/**
 * Quartz on the service's own database: JDBC job store, clustered, so any number of instances
 * share the schedules and each trigger fires on one of them. Turned off with
 * {@code cse.scheduler.enabled=false} (the specs do, except those about schedules).
 */
@Factory
@Requires(property = "cse.scheduler.enabled", notEquals = "false")
class QuartzFactory {
    static final String NAME = "cse";

    // Shut down by BoardTriggers, which waits for running jobs.
    @Singleton
    Scheduler scheduler(DataSource dataSource, ApplicationContext context,
                        @Value("${cse.scheduler.threads:3}") int threads, JobMetrics metrics) throws SchedulerException, SQLException {
        // Micronaut's DataSource is a proxy that only works inside its transactions; Quartz manages
        // its own, so it gets the pool underneath.
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        // Quartz finds connection providers by name in a JVM-wide registry: a unique name keeps two
        // services in one JVM (a spec of two instances) apart.
        String provider = NAME + "-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(provider, new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return pool.getConnection();
            }

            @Override
            public void shutdown() {
                // the pool belongs to the service
            }

            @Override
            public void initialize() {
            }
        });
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", NAME);
        properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.threadCount", String.valueOf(threads));
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        properties.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        properties.setProperty("org.quartz.jobStore.dataSource", provider);
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", "7500");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        // Without it two nodes can take the same waiting trigger (quartz-scheduler/quartz#107). The
        // sender does not rely on Quartz alone for one-at-a-time: see SendingDueNotices.
        properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        // Job data holds only board ids as strings: no Java serialisation in the database.
        properties.setProperty("org.quartz.jobStore.useProperties", "true");
        Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
        // The factory also keeps schedulers in a JVM-wide registry by name and would hand a second
        // service in this JVM the first one's scheduler; each service keeps its own reference instead.
        SchedulerRepository.getInstance().remove(NAME);
        scheduler.setJobFactory((bundle, s) -> context.getBean(bundle.getJobDetail().getJobClass()));
        scheduler.getListenerManager().addJobListener(metrics);
        return scheduler;
    }
}
