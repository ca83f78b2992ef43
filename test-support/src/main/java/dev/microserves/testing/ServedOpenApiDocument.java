package dev.microserves.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A service's live {@code /openapi} is one a client generator can use ({@link OpenApiDocument}) and is
 * the one committed as {@code contracts/openapi/<service>.yaml}, from which the generated clients are
 * built. Each service's {@code OpenApiDocumentIT} extends it.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ServedOpenApiDocument {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @Test
    void servesADocumentAGeneratorCanUseAndThatTheRepositoryHolds() {
        OpenApiDocument.live().assertCommitted().assertUsable();
    }
}
