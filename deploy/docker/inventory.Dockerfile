# The inventory server's image, on the official Open Liberty image (kernel-slim: only the features the
# server.xml names are installed, by features.sh). Build context: the repository root, after
# `mvn -B -ntp -DskipTests package` (which assembles the server under
# inventory-war/target/liberty/wlp/usr/servers/inventory):
#   docker build -f deploy/docker/inventory.Dockerfile -t microserves/inventory:1.0.0-SNAPSHOT .
# The tag's Liberty version is the one the build runs on (openliberty.version in pom.xml).
FROM icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi

ARG SERVER=inventory-war/target/liberty/wlp/usr/servers/inventory

# Configuration first: features.sh reads it to install exactly the features the server uses,
# and this layer stays cached while only the application changes.
COPY --chown=1001:0 ${SERVER}/server.xml /config/server.xml
COPY --chown=1001:0 ${SERVER}/shared/ /config/shared/
COPY --chown=1001:0 ${SERVER}/configDropins/defaults/ /config/configDropins/defaults/
RUN features.sh

# Hibernate ORM (the JPA provider, behind the bell) and the PostgreSQL JDBC driver, as the Liberty
# Maven plugin copied them (copyDependencies, versions stripped: the server.xml filesets name no version).
COPY --chown=1001:0 ${SERVER}/lib/hibernate/ /config/lib/hibernate/
COPY --chown=1001:0 ${SERVER}/lib/jdbc/ /config/lib/jdbc/

# JVM options for a container (see jvm.options here: the heap follows the memory limit).
COPY --chown=1001:0 deploy/docker/jvm.options /config/jvm.options

# The application; configDropins/defaults/application.xml names it as apps/inventory-war.war.
COPY --chown=1001:0 inventory-war/target/inventory-war.war /config/apps/inventory-war.war

# The port server.xml defaults to (HTTP_PORT overrides it).
ENV HTTP_PORT=9082
EXPOSE 9082

# Never root: the Open Liberty images run as user 1001 (group 0, for OpenShift's arbitrary uids).
USER 1001

# Class data cache and optimisations for a faster start; last, so it sees the final server.
RUN configure.sh
