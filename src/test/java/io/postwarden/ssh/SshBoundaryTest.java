package io.postwarden.ssh;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The SSH layer is plain transport: it must not learn about the rest of Postwarden or about Spring. */
class SshBoundaryTest {

    private final JavaClasses sshClasses = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.postwarden.ssh");

    @Test
    void dependsOnNoOtherPostwardenPackageAndNoSpring() {
        noClasses().that().resideInAPackage("io.postwarden.ssh..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.postwarden.postfix..", "io.postwarden.nsd..", "io.postwarden.host..", "io.postwarden.push..",
                        "io.postwarden.web..", "io.postwarden.plan..", "io.postwarden.syntax..", "io.postwarden.settings..",
                        "io.postwarden.config..", "io.postwarden.shared..", "org.springframework..", "jakarta.servlet..")
                .check(sshClasses);
    }
}
