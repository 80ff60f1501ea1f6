package io.postwarden.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a Spring test against the PostgreSQL server of the test machine
 * (127.0.0.1:5432, database {@code test}, user {@code postgres}, trust auth), in a
 * schema of its own that is emptied and migrated afresh for each test context.
 * The server is started by {@code .ci/run}; a missing server fails the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=postwarden_test",
        "spring.datasource.username=postgres",
        "spring.datasource.password=",
        "spring.flyway.schemas=postwarden_test",
        "spring.flyway.default-schema=postwarden_test",
        "spring.flyway.clean-disabled=false"})
@Import(CleanMigration.class)
public @interface OnPostgres {
}
