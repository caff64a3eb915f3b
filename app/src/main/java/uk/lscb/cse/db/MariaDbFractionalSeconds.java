package uk.lscb.cse.db;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerCapabilities;
import com.mysql.cj.protocol.ServerSession;
import com.mysql.cj.protocol.a.NativeCapabilities;

import java.lang.reflect.Field;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Keeps the milliseconds of every time sent to MariaDB. MariaDB 10 greets clients as
 * "5.5.5-10.11.5-MariaDB" (a prefix kept for old replication clients); Connector/J reads that as
 * MySQL 5.5.5, which predates fractional seconds (5.6.4), and then drops the fraction of every
 * Instant, Timestamp or LocalDateTime it binds, whatever {@code sendFractionalSeconds} says: each
 * DATETIME(3) read back as .000. MariaDB has stored fractions since 5.3, so on a MariaDB server
 * this tells the connection what the server can do, before its first statement runs (the driver
 * runs its own set-up queries first, which come through here). MySQL servers are left alone.
 * Installed with the connection property {@code queryInterceptors} (application.yml).
 */
public final class MariaDbFractionalSeconds implements QueryInterceptor {
    private static final Field FRACTIONS = fractionsField();

    private MysqlConnection connection;

    @Override
    public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
        this.connection = connection;
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query query) {
        ServerSession server = connection.getSession().getServerSession();
        ServerCapabilities capabilities = server == null ? null : server.getCapabilities();
        if (capabilities instanceof NativeCapabilities && !capabilities.serverSupportsFracSecs()
                && String.valueOf(capabilities.getServerVersion()).contains("MariaDB")) {
            try {
                FRACTIONS.setBoolean(capabilities, true);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Connector/J changed: see MariaDbFractionalSeconds", e);
            }
        }
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return false;
    }

    @Override
    public void destroy() {
        connection = null;
    }

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query query, T result, ServerSession session) {
        return null;
    }

    // The capability is a private flag set from the version in the handshake: no setting reaches it.
    private static Field fractionsField() {
        try {
            Field field = NativeCapabilities.class.getDeclaredField("serverHasFracSecsSupport");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("This Connector/J has no serverHasFracSecsSupport flag: check whether it"
                    + " still drops fractional seconds on MariaDB 10 and remove MariaDbFractionalSeconds if not", e);
        }
    }
}
