package dev.microserves.customer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers stay honest: api -> service -> domain/persistence, and the domain depends on none of them. */
@AnalyzeClasses(packages = "dev.microserves.customer", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Api").definedBy("..customer.api..")
            .layer("Service").definedBy("..customer.service..")
            .layer("Persistence").definedBy("..customer.persistence..")
            .layer("Domain").definedBy("..customer.domain..")
            .whereLayer("Api").mayNotBeAccessedByAnyLayer()
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Api")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Api", "Service", "Persistence");

    @ArchTest
    static final ArchRule domainIsFreeOfWebAndPersistenceCode = noClasses().that().resideInAPackage("..customer.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "..customer.api..",
                    "..customer.persistence..", "..customer.service..", "org.eclipse.microprofile.rest.client..");

    @ArchTest
    static final ArchRule resourcesNeverTouchTheEntityManager = noClasses().that().resideInAPackage("..customer.api..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule transactionsLiveInTheServiceLayer = noClasses().that().resideOutsideOfPackage("..customer.service..")
            .should().beAnnotatedWith("jakarta.transaction.Transactional");
}
