package uk.lscb.cse.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The embedded MariaDB's own account: a user with a random password, kept in the data directory in
 * a file only its owner can read. The server runs with its grant tables (no --skip-grant-tables), so
 * nothing reaches the data without this password, not even another local account.
 */
record EmbeddedCredentials(String user, String password) {
    static final String USER = "cse";
    static final String FILE = "db-credentials.properties";

    private static final SecureRandom RANDOM = new SecureRandom();

    static Path file(Path dataRoot) {
        return dataRoot.resolve(FILE);
    }

    /** The credentials kept in the data root, if there are any readable ones. */
    static Optional<EmbeddedCredentials> read(Path dataRoot) throws IOException {
        Path file = file(dataRoot);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String user = properties.getProperty("user");
        String password = properties.getProperty("password");
        return user == null || password == null || password.isBlank() ? Optional.empty()
                : Optional.of(new EmbeddedCredentials(user, password));
    }

    static EmbeddedCredentials generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        // URL-safe base64: no quote or backslash to escape in SQL.
        return new EmbeddedCredentials(USER, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    void write(Path dataRoot) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        try (Writer writer = Files.newBufferedWriter(ownerOnly(file(dataRoot)), StandardCharsets.UTF_8)) {
            properties.store(writer, "The embedded MariaDB's account, generated on first start. Keep this file private.");
        }
    }

    /**
     * SQL run by the server at start (--init-file) with full rights: creates the account for 127.0.0.1
     * only, sets its password, and removes what a fresh install leaves open to anyone (anonymous
     * users, the shared test database), as mariadb-secure-installation would.
     */
    Path writeBootstrapSql(Path dir, String database) throws IOException {
        String account = "'" + user + "'@'127.0.0.1'";
        String sql = String.join("\n",
                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';",
                "ALTER USER " + account + " IDENTIFIED BY '" + password + "';",
                "CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4;",
                "GRANT ALL PRIVILEGES ON " + database + ".* TO " + account + ";",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DROP DATABASE IF EXISTS test;",
                "DELETE FROM mysql.db WHERE Db = 'test' OR Db = 'test\\\\_%';",
                "FLUSH PRIVILEGES;", "");
        Path file = ownerOnly(dir.resolve("bootstrap.sql"));
        Files.writeString(file, sql, StandardCharsets.UTF_8);
        return file;
    }

    // Created empty with rw------- before anything secret is written into it.
    private static Path ownerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(file);
    }
}
