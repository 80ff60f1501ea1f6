package io.postwarden.access;

import io.postwarden.testing.CleanMigration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The same queries on PostgreSQL, in a schema of their own so that other PostgreSQL tests can run alongside. */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=postwarden_crud_test",
        "spring.datasource.username=postgres",
        "spring.datasource.password=",
        "spring.flyway.schemas=postwarden_crud_test",
        "spring.flyway.default-schema=postwarden_crud_test",
        "spring.flyway.clean-disabled=false"})
@Import(CleanMigration.class)
class AccessEntryServiceOnPostgresTest extends AccessEntryServiceTest {
}
