package uk.lscb.cse.db

import java.nio.file.Path

/** Where the specs' database is: DATASOURCES_DEFAULT_URL when given, else the embedded one under target/. */
class TestDatabase {
    static String url() {
        System.getenv('DATASOURCES_DEFAULT_URL') ?: embedded().jdbcUrl()
    }

    static String username() {
        System.getenv('DATASOURCES_DEFAULT_URL') ? System.getenv('DATASOURCES_DEFAULT_USERNAME') : embedded().user()
    }

    static String password() {
        System.getenv('DATASOURCES_DEFAULT_URL') ? System.getenv('DATASOURCES_DEFAULT_PASSWORD') : embedded().password()
    }

    private static EmbeddedMariaDb embedded() {
        EmbeddedMariaDb.startOnce(Path.of('target/test-db'), 0)
    }
}
