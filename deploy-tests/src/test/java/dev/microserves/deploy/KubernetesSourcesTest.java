package dev.microserves.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.deploy.Repository.Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests as committed, checked without kubectl (these run on a machine with only
 * a JDK and Maven): every file is YAML, every server has its part of the base, and no secret value
 * is committed but the public development defaults, in the development overlay only.
 */
class KubernetesSourcesTest {

    private static final Path BASE = Kustomize.KUBERNETES.resolve("base");
    private static final List<String> PER_SERVER = List.of("configmap.yaml", "deployment.yaml", "service.yaml", "hpa.yaml",
            "pdb.yaml", "networkpolicy.yaml");

    @Test
    void everyManifestIsYamlAndNoneIsASecret() {
        List<Path> files = Repository.filesUnder(Kustomize.KUBERNETES).stream().filter(p -> p.toString().endsWith(".yaml")).toList();
        assertThat(files).hasSizeGreaterThan(40);
        for (Path file : files) {
            for (JsonNode document : Yaml.readAll(Repository.read(file))) {
                assertThat(document.path("kind").asText()).as(file + " is no Secret").isNotEqualTo("Secret");
            }
        }
    }

    @Test
    void theBaseHasEveryServersManifestsAndItsDatabase() {
        JsonNode base = Yaml.read(Repository.read(BASE.resolve("kustomization.yaml")));
        Set<String> resources = new HashSet<>();
        base.path("resources").forEach(r -> resources.add(r.asText()));
        for (Server server : Repository.servers()) {
            assertThat(resources).contains(server.name());
            JsonNode own = Yaml.read(Repository.read(BASE.resolve(server.name()).resolve("kustomization.yaml")));
            Set<String> listed = new HashSet<>();
            own.path("resources").forEach(r -> listed.add(r.asText()));
            assertThat(listed).containsAll(PER_SERVER);
            assertThat(listed.contains("database.yaml")).as(server.name() + " has a database").isEqualTo(server.database().isPresent());
            for (String file : listed) {
                assertThat(Files.isRegularFile(BASE.resolve(server.name()).resolve(file))).as(server.name() + "/" + file).isTrue();
            }
        }
    }

    @Test
    void onlyTheDevelopmentOverlayGeneratesSecretsAndOnlyWithTheShippedDevelopmentDefaults() {
        Set<String> shipped = shippedValues();
        for (String overlay : KubernetesOverlayTest.OVERLAYS) {
            JsonNode kustomization = Yaml.read(Repository.read(Kustomize.KUBERNETES.resolve("overlays").resolve(overlay).resolve("kustomization.yaml")));
            JsonNode generators = kustomization.path("secretGenerator");
            if (!overlay.equals("dev")) {
                assertThat(generators.isMissingNode()).as(overlay + " generates no Secret").isTrue();
                continue;
            }
            assertThat(generators.size()).isPositive();
            for (JsonNode generator : generators) {
                assertThat(generator.has("files") || generator.has("envs")).as("literals only: nothing read from a local file").isFalse();
                for (JsonNode literal : generator.path("literals")) {
                    String value = literal.asText().split("=", 2)[1];
                    assertThat(shipped).as("a development default shipped in a microprofile-config.properties: " + literal.asText().split("=")[0])
                            .contains(value);
                }
            }
        }
    }

    /** Every value the services ship in their microprofile-config.properties (the development defaults are among them). */
    private static Set<String> shippedValues() {
        Set<String> values = new HashSet<>();
        for (Server server : Repository.servers()) {
            Path file = server.moduleDir().resolve("src/main/resources/META-INF/microprofile-config.properties");
            Properties properties = new Properties();
            try (var in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            properties.values().forEach(v -> values.add(v.toString()));
        }
        return values;
    }
}
