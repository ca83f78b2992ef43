package dev.microserves.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the committed pacts ({@code contracts/pacts}, which the providers verify in their own builds)
 * equal to what the consumer's tests write ({@code target/pacts}). Register it before Pact's consumer
 * extension, {@code @ExtendWith({CommittedPacts.class, PactConsumerTestExt.class})}: its after-all
 * then runs after Pact has written the class's pact. A pact that differs from the committed one fails
 * the consumer's build; with {@code -Dmicroserves.pact.update=true} it is copied over instead, to be
 * reviewed and committed (a change the providers' builds then verify).
 */
public final class CommittedPacts implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Path written = Path.of(System.getProperty("pact.rootDir", "target/pacts"));
        Path committed = RepositoryFiles.directory("contracts", "pacts");
        List<String> differing = new ArrayList<>();
        if (!Files.isDirectory(written)) {
            return; // no pact written: the class's own tests failed, and say why
        }
        try (Stream<Path> files = Files.list(written)) {
            for (Path pact : files.filter(file -> file.toString().endsWith(".json")).toList()) {
                Path twin = committed.resolve(pact.getFileName());
                if (Boolean.getBoolean("microserves.pact.update")) {
                    Files.copy(pact, twin, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } else if (!Files.isRegularFile(twin) || !read(pact).equals(read(twin))) {
                    differing.add(pact.getFileName().toString());
                }
            }
        }
        if (!differing.isEmpty()) {
            throw new AssertionError("The pacts " + differing + " written by the consumer's tests differ from those in "
                    + committed + " (what the providers verify): run the consumer's tests with "
                    + "-Dmicroserves.pact.update=true, review the change and commit it.");
        }
    }

    /** The pact, its interactions in the order of their descriptions (the order Pact writes them in is not fixed). */
    private static JsonNode read(Path pact) {
        try {
            ObjectNode tree = (ObjectNode) Api.JSON.readTree(pact.toFile());
            List<JsonNode> interactions = new ArrayList<>();
            tree.path("interactions").forEach(interactions::add);
            interactions.sort(Comparator.comparing(interaction -> interaction.path("description").asText()));
            tree.set("interactions", Api.JSON.valueToTree(interactions));
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
