package dev.microserves.order;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.microserves.order");

    @Test
    void theDomainKnowsNothingOfTheLayersAroundIt() {
        noClasses().that().resideInAPackage("..order.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..order.api..", "..order.service..",
                        "..order.persistence..", "..order.client..", "jakarta.ws.rs..", "jakarta.transaction..")
                .check(classes);
    }

    @Test
    void pricingIsPlainJava() {
        noClasses().that().resideInAPackage("..order.domain.pricing..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.enterprise..", "jakarta.inject..",
                        "org.eclipse.microprofile..")
                .check(classes);
    }

    @Test
    void onlyTheServiceLayerOpensTransactions() {
        noClasses().that().resideOutsideOfPackage("..order.service..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .check(classes);
    }

    @Test
    void theLowerLayersDoNotCallTheWebLayer() {
        noClasses().that().resideInAnyPackage("..order.service..", "..order.persistence..", "..order.client..")
                .should().dependOnClassesThat().resideInAPackage("..order.api..")
                .check(classes);
    }
}
