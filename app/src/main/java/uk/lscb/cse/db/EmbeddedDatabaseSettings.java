package uk.lscb.cse.db;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/**
 * Where the embedded MariaDB keeps its files and which port it listens on (0 = any free port).
 * Only used when no datasource URL is configured.
 */
@ConfigurationProperties("cse.embedded-db")
public record EmbeddedDatabaseSettings(
        @Bindable(defaultValue = ".data") @NotBlank String dataDir,
        @Bindable(defaultValue = "3307") int port) {
}
