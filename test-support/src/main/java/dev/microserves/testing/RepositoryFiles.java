package dev.microserves.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Directories of the repository a test reads (schemas, contracts), found from the module's directory upwards. */
final class RepositoryFiles {

    private RepositoryFiles() {
    }

    /** The directory {@code first/more...} in the nearest ancestor of the working directory that has it. */
    static Path directory(String first, String... more) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(Path.of(first, more));
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + Path.of(first, more) + " directory above " + Path.of("").toAbsolutePath());
    }
}
