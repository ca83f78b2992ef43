package dev.microserves.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** {@code kubectl kustomize}, which renders an overlay offline: no cluster, no network. */
final class Kustomize {

    static final Path KUBERNETES = Repository.DEPLOY.resolve("kubernetes");
    private static final Optional<Path> KUBECTL = onPath("kubectl");

    private Kustomize() {
    }

    static boolean available() {
        return KUBECTL.isPresent();
    }

    /** The objects the overlay renders to. */
    static List<JsonNode> render(String overlay) {
        Path dir = KUBERNETES.resolve("overlays").resolve(overlay);
        try {
            Path output = Files.createTempFile("kustomize-" + overlay, ".yaml");
            Process process = new ProcessBuilder(KUBECTL.orElseThrow().toString(), "kustomize", dir.toString())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + dir + " did not finish within 120 s");
            }
            String rendered = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed:\n" + rendered);
            }
            return Yaml.readAll(rendered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Optional<Path> onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable).findFirst();
    }
}
