package dev.microserves.inventory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

/** The layering rules of the house style, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.microserves.inventory");

    @Test
    void domainKnowsNothingOfTheWebOrTheRepositories() {
        noClasses().that().resideInAPackage("..inventory.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..inventory.api..", "..inventory.service..",
                        "..inventory.persistence..", "jakarta.ws.rs..", "jakarta.transaction..")
                .check(CLASSES);
    }

    @Test
    void transactionsAreDemarcatedInTheServiceLayerOnly() {
        classes().that().areAnnotatedWith(Transactional.class)
                .should().resideInAPackage("..inventory.service..").check(CLASSES);
        methods().that().areAnnotatedWith(Transactional.class)
                .should().beDeclaredInClassesThat().resideInAPackage("..inventory.service..").check(CLASSES);
    }

    @Test
    void resourcesNeverTouchTheEntityManager() {
        noClasses().that().resideInAPackage("..inventory.api..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "..inventory.persistence..")
                .check(CLASSES);
    }

    @Test
    void persistenceNeverDependsOnTheWebOrTheUseCases() {
        noClasses().that().resideInAPackage("..inventory.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("..inventory.api..", "..inventory.service..", "jakarta.ws.rs..")
                .check(CLASSES);
    }
}
