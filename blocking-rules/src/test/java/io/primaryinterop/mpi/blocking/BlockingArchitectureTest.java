package io.primaryinterop.mpi.blocking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module stays a plain library at the bottom of the dependency graph. */
class BlockingArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.primaryinterop.mpi.blocking");

  @Test
  void dependsOnlyOnTheJdkAndItsThreeLibraries() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.primaryinterop.mpi.blocking..",
        "org.apache.commons.codec..", "org.eclipse.collections..", "com.fasterxml.jackson..")
        .check(CLASSES);
  }

  @Test
  void keyFunctionsAreSmallFinalClasses() {
    classes().that().implement(KeyFunction.class).should().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
        .andShould().resideInAPackage("io.primaryinterop.mpi.blocking.function")
        .check(CLASSES);
  }
}
