package dev.microserves.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR an integration test deploys: the service's own build output, unchanged, so the tests
 * exercise exactly what ships. Named {@code <server>-it.war} so that it never collides with the
 * application the server's own configuration names.
 */
public final class ServiceDeployment {

    private ServiceDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("microserves.it.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify does): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, System.getProperty("microserves.it.server-name") + "-it.war")
                .importFrom(war)
                .as(WebArchive.class);
    }
}
