package dev.microserves.edge.it;

import dev.microserves.testing.ServiceDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every storefront IT has: the storefront's own WAR deployed, and its four peers stubbed while the class runs. */
@ExtendWith(ArquillianExtension.class)
abstract class StorefrontIT {

    static Peers peers;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ServiceDeployment.war();
    }

    @BeforeAll
    static void startPeers() {
        peers = new Peers().start();
    }

    @AfterAll
    static void stopPeers() {
        peers.stop();
    }
}
