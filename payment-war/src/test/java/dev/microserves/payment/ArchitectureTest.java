package dev.microserves.payment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

/** The layering the architecture asks for, kept by the build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.microserves.payment");

    @Test
    void theDomainKnowsNothingOfTheWebPersistenceOrUseCases() {
        noClasses().that().resideInAPackage("..payment.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..payment.api..", "..payment.service..",
                        "..payment.persistence..", "jakarta.ws.rs..")
                .check(CLASSES);
    }

    @Test
    void theGatewaysStandApartFromTheService() {
        noClasses().that().resideInAPackage("..payment.gateway..")
                .should().dependOnClassesThat().resideInAnyPackage("..payment.api..", "..payment.service..",
                        "..payment.persistence..", "..payment.domain..", "jakarta.ws.rs..", "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void theWebLayerGoesThroughTheServices() {
        noClasses().that().resideInAPackage("..payment.api..")
                .should().dependOnClassesThat().resideInAnyPackage("..payment.persistence..", "..payment.gateway..",
                        "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void repositoriesServeTheServicesOnly() {
        noClasses().that().resideInAPackage("..payment.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("..payment.api..", "..payment.service..")
                .check(CLASSES);
    }

    @Test
    void transactionsAreDemarcatedInTheServiceLayerOnly() {
        classes().that().areAnnotatedWith(Transactional.class).should().resideInAPackage("..payment.service..")
                .check(CLASSES);
        methods().that().areAnnotatedWith(Transactional.class)
                .should().beDeclaredInClassesThat().resideInAPackage("..payment.service..")
                .check(CLASSES);
    }
}
