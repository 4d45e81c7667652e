package io.primaryinterop.mpi.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine libraries stay plain Java: no Micronaut, jOOQ or JDBC below the service. */
class CoreModulesAreFrameworkFreeTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.primaryinterop.mpi.blocking", "io.primaryinterop.mpi.core", "io.primaryinterop.mpi.datasets");

    @Test
    void engineModulesImportNoFrameworkTypes() {
        noClasses().that().resideInAnyPackage("io.primaryinterop.mpi.blocking..", "io.primaryinterop.mpi.core..",
                        "io.primaryinterop.mpi.datasets..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "org.jooq..", "java.sql..", "javax.sql..")
                .allowEmptyShould(false)
                .check(ENGINE);
    }

    @Test
    void engineModulesDoNotDependOnTheService() {
        noClasses().that().resideInAnyPackage("io.primaryinterop.mpi.blocking..", "io.primaryinterop.mpi.core..",
                        "io.primaryinterop.mpi.datasets..")
                .should().dependOnClassesThat().resideInAPackage("io.primaryinterop.mpi.service..")
                .allowEmptyShould(false)
                .check(ENGINE);
    }
}
