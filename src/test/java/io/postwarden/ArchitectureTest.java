package io.postwarden;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of DESIGN.md: the SSH layer knows nothing of Postfix; Postfix and NSD know nothing of HTTP or SSH. */
@AnalyzeClasses(packages = "io.postwarden", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule sshKnowsNoMailDaemonAndNoWeb = noClasses().that().resideInAPackage("io.postwarden.ssh..")
            .should().dependOnClassesThat().resideInAnyPackage("io.postwarden.postfix..", "io.postwarden.nsd..",
                    "io.postwarden.web..", "org.springframework.web..", "jakarta.servlet..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule daemonsKnowNoHttpAndNoSsh = noClasses().that().resideInAnyPackage("io.postwarden.postfix..", "io.postwarden.nsd..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                    "io.postwarden.web..", "io.postwarden.ssh..");
}
