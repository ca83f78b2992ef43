package dev.microserves.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.microserves.deploy.Repository.Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The configuration reference of docs/operations.md names every setting a server ships (its
 * microprofile-config.properties) as its environment variable, and every key the Kubernetes
 * ConfigMaps set: a setting added to a server or a ConfigMap without its line in the guide fails here.
 */
class ConfigurationReferenceTest {

    private static final String GUIDE = Repository.read(Repository.ROOT.resolve("docs/operations.md"));
    /** The peers' settings are documented once, as MICROSERVES_<PEER>_..., for every peer of a caller. */
    private static final String PEERS = "CUSTOMER|INVENTORY|PAYMENT|ORDER|RECOMMENDATION";

    static Stream<Server> servers() {
        return Repository.servers().stream();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void documentsEverySettingTheServerShipsAsItsEnvironmentVariable(Server server) {
        Properties shipped = new Properties();
        Path file = server.moduleDir().resolve("src/main/resources/META-INF/microprofile-config.properties");
        try (var in = Files.newInputStream(file)) {
            shipped.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> undocumented = new ArrayList<>();
        for (String key : shipped.stringPropertyNames()) {
            boolean wiring = key.contains("/") || key.startsWith("microprofile.") || key.equals("microserves.secrets");
            if (!wiring && !documented(environmentName(key))) {
                undocumented.add(environmentName(key) + " (" + key + ")");
            }
        }
        assertThat(undocumented).as(server.name() + "'s settings missing from docs/operations.md").isEmpty();
    }

    @Test
    void documentsEveryKeyTheConfigMapsSet() {
        List<String> undocumented = new ArrayList<>();
        for (Path manifest : Repository.filesUnder(Kustomize.KUBERNETES.resolve("base"))) {
            if (!manifest.getFileName().toString().equals("configmap.yaml")) {
                continue;
            }
            for (JsonNode document : Yaml.readAll(Repository.read(manifest))) {
                document.path("data").fieldNames().forEachRemaining(key -> {
                    if (!documented(key)) {
                        undocumented.add(key + " (" + Kustomize.KUBERNETES.relativize(manifest) + ")");
                    }
                });
            }
        }
        assertThat(undocumented).isEmpty();
    }

    /** MicroProfile Config's environment form: upper case, every non-alphanumeric character an underscore. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static boolean documented(String variable) {
        String asPeer = variable.replaceFirst("^MICROSERVES_(" + PEERS + ")_", "MICROSERVES_<PEER>_");
        return GUIDE.contains("`" + variable + "`") || GUIDE.contains("`" + asPeer + "`");
    }
}
