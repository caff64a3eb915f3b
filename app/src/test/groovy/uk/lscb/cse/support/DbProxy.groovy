package uk.lscb.cse.support

import com.zaxxer.hikari.HikariDataSource
import uk.lscb.cse.db.TestDatabase

import javax.sql.DataSource
import java.nio.charset.StandardCharsets
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.Executors

/**
 * A TCP proxy in front of the real database, so a spec can take the database away the way a
 * network or server failure does: {@link #cut} drops every connection and refuses new ones;
 * {@link #cutOn} drops them the moment the service sends a statement containing some text, i.e.
 * in the middle of its transaction. Connections must be unencrypted (sslMode=DISABLED) for the
 * statement text to be seen.
 */
class DbProxy implements Closeable {
    final String host
    final int targetPort
    final int port
    private ServerSocket listener
    private final List<Socket> open = new CopyOnWriteArrayList<>()
    private final def threads = Executors.newCachedThreadPool { Runnable r -> Thread t = new Thread(r, 'db-proxy'); t.daemon = true; t }
    private volatile byte[] marker
    private boolean down

    DbProxy(String host, int targetPort) {
        this.host = host
        this.targetPort = targetPort
        listener = new ServerSocket(0, 50, InetAddress.loopbackAddress)
        port = listener.localPort
        accept()
    }

    /** A proxy in front of the specs' database ({@link TestDatabase}). */
    static DbProxy toTestDatabase() {
        def (host, port) = (TestDatabase.url() =~ '//([^:/]+):(\\d+)/')[0][1, 2]
        new DbProxy(host as String, port as int)
    }

    /** The service's datasource settings to go through this proxy; a database away is reported after {@code timeoutMs}. */
    Map<String, Object> datasource(int timeoutMs) {
        ['datasources.default.url'               : through(TestDatabase.url(), port),
         'datasources.default.username'          : TestDatabase.username(),
         'datasources.default.password'          : TestDatabase.password(),
         'datasources.default.connection-timeout': timeoutMs]
    }

    /**
     * Restores the link and has the service's pool drop the connections the cut broke. Hikari tests a
     * pooled connection only after 500 ms idle; a real outage lasts longer than that, a spec does not.
     */
    void restore(DataSource service) {
        restore()
        service.unwrap(HikariDataSource).hikariPoolMXBean.softEvictConnections()
    }

    /** The JDBC URL of the real database rewritten to go through this proxy, unencrypted. */
    static String through(String jdbcUrl, int port) {
        String proxied = jdbcUrl.replaceFirst('//[^/]+/', "//127.0.0.1:$port/")
        proxied + (proxied.contains('?') ? '&' : '?') + 'sslMode=DISABLED&allowPublicKeyRetrieval=true'
    }

    /** Drops every open connection and refuses new ones until {@link #restore}. */
    synchronized void cut() {
        down = true
        listener.close()
        dropAll()
    }

    /** Drops every connection when the service next sends a statement containing this text. */
    void cutOn(String statementText) {
        marker = statementText.getBytes(StandardCharsets.UTF_8)
    }

    synchronized void restore() {
        marker = null
        down = false
        if (listener.closed) {
            listener = new ServerSocket()
            listener.reuseAddress = true
            listener.bind(new InetSocketAddress(InetAddress.loopbackAddress, port), 50)
            accept()
        }
    }

    private void accept() {
        ServerSocket socket = listener
        threads.execute {
            while (!socket.closed) {
                try {
                    Socket client = socket.accept()
                    Socket server = new Socket(host, targetPort)
                    if (!register(client, server)) {
                        continue
                    }
                    threads.execute { pipe(client, server, true) }
                    threads.execute { pipe(server, client, false) }
                } catch (IOException ignored) {
                    // closed by cut()
                }
            }
        }
    }

    private void pipe(Socket from, Socket to, boolean fromService) {
        byte[] buffer = new byte[65536]
        try {
            int n
            while ((n = from.inputStream.read(buffer)) >= 0) {
                byte[] wanted = marker
                if (fromService && wanted != null && contains(buffer, n, wanted)) {
                    marker = null
                    dropAll()
                    return
                }
                to.outputStream.write(buffer, 0, n)
                to.outputStream.flush()
            }
        } catch (IOException ignored) {
            // one side went away: close both
        }
        from.close()
        to.close()
    }

    /** A connection accepted just as the link was cut is dropped too. */
    private synchronized boolean register(Socket client, Socket server) {
        if (down) {
            client.close()
            server.close()
            return false
        }
        open << client << server
        true
    }

    private synchronized void dropAll() {
        open.each { it.close() }
        open.clear()
    }

    private static boolean contains(byte[] buffer, int length, byte[] wanted) {
        for (int i = 0; i + wanted.length <= length; i++) {
            int j = 0
            while (j < wanted.length && buffer[i + j] == wanted[j]) j++
            if (j == wanted.length) return true
        }
        false
    }

    @Override
    void close() {
        listener.close()
        dropAll()
        threads.shutdownNow()
    }
}
