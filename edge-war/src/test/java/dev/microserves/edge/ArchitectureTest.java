package dev.microserves.edge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.microserves.edge");

    @Test
    void theDomainIsPlainJava() {
        noClasses().that().resideInAPackage("..edge.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..edge.api..", "..edge.service..",
                        "..edge.client..", "jakarta..", "org.eclipse.microprofile..")
                .check(classes);
    }

    @Test
    void theLowerLayersDoNotCallTheWebLayer() {
        noClasses().that().resideInAnyPackage("..edge.service..", "..edge.client..", "..edge.domain..")
                .should().dependOnClassesThat().resideInAPackage("..edge.api..")
                .check(classes);
    }

    @Test
    void onlyTheGatewaysTalkToTheRestClients() {
        noClasses().that().resideOutsideOfPackage("..edge.client..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Client")
                .check(classes);
    }
}
