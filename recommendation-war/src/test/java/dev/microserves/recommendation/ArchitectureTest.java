package dev.microserves.recommendation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.microserves.recommendation");

    @Test
    void theDomainKnowsNothingOfTheLayersAroundItNorOfKafka() {
        noClasses().that().resideInAPackage("..recommendation.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..recommendation.api..",
                        "..recommendation.service..", "..recommendation.persistence..", "jakarta.ws.rs..",
                        "jakarta.transaction..", "jakarta.persistence..", "org.apache.kafka..")
                .check(classes);
    }

    @Test
    void onlyTheServiceLayerOpensTransactionsAndTalksToKafka() {
        noClasses().that().resideOutsideOfPackage("..recommendation.service..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("..recommendation.service..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
                .check(classes);
    }

    @Test
    void theLowerLayersDoNotCallTheWebLayer() {
        noClasses().that().resideInAnyPackage("..recommendation.service..", "..recommendation.persistence..",
                        "..recommendation.domain..")
                .should().dependOnClassesThat().resideInAPackage("..recommendation.api..")
                .check(classes);
    }
}
