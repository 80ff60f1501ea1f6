package io.postwarden.testing;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Empties the test schema before migrating, so no test sees another run's leftovers. */
@TestConfiguration(proxyBeanMethods = false)
public class CleanMigration {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
