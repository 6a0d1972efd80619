package dev.hearth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Architecture")
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.hearth");

    @Test
    @DisplayName("the core imports no platform library, no Guice, no JDBC and no storage library")
    void coreIsPure() {
        noClasses().that().resideInAPackage("dev.hearth.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "net.dv8tion..", "org.telegram..", "com.google.inject..", "java.sql..", "javax.sql..",
                        "org.h2..", "org.flywaydb..", "org.jdbi..", "okhttp3..", "com.fasterxml.jackson..",
                        "de.bwaldvogel..", "ch.qos.logback..")
                .because("the core is platform-free and testable alone; adapters translate at the edge")
                .check(MAIN);
    }

    @Test
    @DisplayName("the core does not reach into adapters, the store, configuration or the app")
    void coreDoesNotDependOnOuterLayers() {
        noClasses().that().resideInAPackage("dev.hearth.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.hearth.platform..", "dev.hearth.store..", "dev.hearth.config..", "dev.hearth.app..",
                        "dev.hearth.cli..", "dev.hearth.data..", "dev.hearth.tools..")
                .check(MAIN);
    }

    @Test
    @DisplayName("one platform adapter never uses another")
    void adaptersAreIndependent() {
        noClasses().that().resideInAPackage("dev.hearth.platform.telegram..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.hearth.platform.discord..", "net.dv8tion..")
                .allowEmptyShould(true)
                .check(MAIN);
        noClasses().that().resideInAPackage("dev.hearth.platform.discord..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.hearth.platform.telegram..", "org.telegram..")
                .allowEmptyShould(true)
                .check(MAIN);
    }
}
