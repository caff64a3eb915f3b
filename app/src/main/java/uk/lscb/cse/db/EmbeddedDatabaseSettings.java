package uk.lscb.cse.db;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;

/**
 * Where the embedded MariaDB keeps its files and which port it listens on (0 = any free port).
 * Only used when no datasource URL is configured.
 *
 * @param dataDir        CSE_DATA_DIR, when set
 * @param defaultDataDir where to keep data otherwise: mn:run passes the repository's .data/
 */
@ConfigurationProperties("cse.embedded-db")
public record EmbeddedDatabaseSettings(@Nullable String dataDir, @Nullable String defaultDataDir,
                                       @Bindable(defaultValue = "3307") int port) {

    Path dataRoot() {
        if (dataDir != null && !dataDir.isBlank()) {
            return Path.of(dataDir);
        }
        return Path.of(defaultDataDir != null && !defaultDataDir.isBlank() ? defaultDataDir : ".data");
    }
}
