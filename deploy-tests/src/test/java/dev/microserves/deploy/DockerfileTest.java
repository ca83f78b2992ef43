package dev.microserves.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.deploy.Dockerfile.Copy;
import dev.microserves.deploy.Repository.Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each server's Dockerfile puts into the image's {@code /config} what the server reads: its
 * server.xml, the shared fragments it includes, its configDropins, the library directories its
 * filesets name (Hibernate, the JDBC driver) and its WAR, compared with the server the build
 * assembles ({@code <module>/target/liberty/wlp/usr/servers/<name>}; from the sources where it is
 * not built yet). No Docker engine is needed.
 */
class DockerfileTest {

    private static final String CONFIG = "/config/";
    /** What a built server holds that an image must not take from it: runtime state, generated secrets, local JVM options. */
    private static final Set<String> NOT_FOR_THE_IMAGE = Set.of("logs", "workarea", "apps", "dropins", "lib/global",
            "server.env", "jvm.options", "tranlog");

    static Stream<Server> servers() {
        return Repository.servers().stream();
    }

    @Test
    void thereIsOneDockerfilePerServerAndNoOther() {
        List<String> expected = Repository.servers().stream().map(s -> s.name() + ".Dockerfile").sorted().toList();
        try (Stream<Path> files = Files.list(Repository.DEPLOY.resolve("docker"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Dockerfile")).sorted())
                    .containsExactlyElementsOf(expected);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(expected).hasSize(6);
    }

    @ParameterizedTest
    @MethodSource("servers")
    void buildsOnTheOfficialKernelSlimImageOfTheLibertyVersionTheBuildUses(Server server) {
        String base = dockerfile(server).baseImage();
        assertThat(base).startsWith("icr.io/appcafe/open-liberty:" + System.getProperty("microserves.openliberty.version") + "-kernel-slim-java17-openj9-ubi");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void copiesEveryFileTheServerConfigurationReadsAndItsWar(Server server) {
        Dockerfile dockerfile = dockerfile(server);
        Set<String> needs = needs(server);
        assertThat(needs).as("what " + server.name() + " reads").contains("server.xml", "apps/" + server.module() + ".war");
        for (String need : needs) {
            Path source = sourceInContext(dockerfile, need)
                    .orElseThrow(() -> new AssertionError(dockerfile.file.getFileName() + " puts nothing at " + CONFIG + need
                            + ", which " + server.name() + "'s configuration reads"));
            if (need.startsWith("apps/")) {
                assertThat(source).as("the WAR of " + need).isEqualTo(server.war());
            } else if (need.endsWith("/")) {
                assertThat(source).as("library directory " + need).isEqualTo(server.builtServer().resolve(need));
            } else {
                assertThat(existing(server, source)).as("source of " + need).isRegularFile();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void copiesEveryLibraryTheBuiltServerHolds(Server server) {
        if (!server.built()) {
            Repository.loudly(server.name() + ": NOT BUILT (" + server.builtServer() + " is missing): the Dockerfile was checked\n"
                    + "against the sources only, not against the libraries the build copies. Run mvn package first.");
            assertThat(needs(server)).as("library directories the root pom fills")
                    .allSatisfy(need -> assertThat(!need.startsWith("lib/") || rootPomLibraryLocations().contains(need)).isTrue());
            return;
        }
        Dockerfile dockerfile = dockerfile(server);
        for (Path file : Repository.filesUnder(server.builtServer())) {
            String relative = server.builtServer().relativize(file).toString();
            if (NOT_FOR_THE_IMAGE.stream().anyMatch(skip -> relative.equals(skip) || relative.startsWith(skip + "/"))) {
                continue;
            }
            assertThat(sourceInContext(dockerfile, relative))
                    .as(dockerfile.file.getFileName() + " copies " + relative + " of the built server to " + CONFIG + relative)
                    .hasValue(file);
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void installsFeaturesAfterTheConfigurationAndConfiguresLast(Server server) {
        Dockerfile dockerfile = dockerfile(server);
        int features = runOf(dockerfile, "features.sh");
        int configure = runOf(dockerfile, "configure.sh");
        for (Copy copy : dockerfile.copies) {
            boolean configuration = copy.destination().endsWith(".xml") || copy.destination().startsWith(CONFIG + "shared")
                    || copy.destination().startsWith(CONFIG + "configDropins");
            if (configuration) {
                assertThat(copy.index()).as("features.sh reads " + copy.destination()).isLessThan(features);
            }
            assertThat(copy.index()).as("configure.sh sees " + copy.destination()).isLessThan(configure);
        }
        assertThat(configure).as("configure.sh is the last instruction that changes files")
                .isGreaterThan(dockerfile.all("RUN").stream().mapToInt(dockerfile::indexOf).filter(i -> i != configure).max().orElse(-1));
    }

    @ParameterizedTest
    @MethodSource("servers")
    void runsAsTheNonRootLibertyUserOwningItsFiles(Server server) {
        Dockerfile dockerfile = dockerfile(server);
        List<Dockerfile.Instruction> users = dockerfile.all("USER");
        assertThat(users).as("a USER instruction").isNotEmpty();
        String user = users.get(users.size() - 1).arguments().split(":")[0];
        assertThat(user).isNotIn("root", "0").isEqualTo("1001");
        assertThat(dockerfile.copies).allSatisfy(copy -> assertThat(copy.chown()).as(copy.destination()).hasValue("1001:0"));
    }

    @ParameterizedTest
    @MethodSource("servers")
    void exposesTheServersPortAndKeepsEverySystemPropertyOfTheBuiltJvmOptions(Server server) {
        Dockerfile dockerfile = dockerfile(server);
        assertThat(dockerfile.all("EXPOSE")).extracting(Dockerfile.Instruction::arguments).containsExactly(Integer.toString(server.port()));
        assertThat(dockerfile.all("ENV")).extracting(Dockerfile.Instruction::arguments).contains("HTTP_PORT=" + server.port());
        Path imageOptions = sourceInContext(dockerfile, "jvm.options").orElseThrow(() -> new AssertionError("no /config/jvm.options"));
        List<String> properties = new ArrayList<>();
        Matcher param = Pattern.compile("<param>(-D[^<]+)</param>").matcher(Repository.read(Repository.ROOT.resolve("pom.xml")));
        while (param.find()) {
            properties.add(param.group(1));
        }
        if (server.built()) {
            Repository.read(server.builtServer().resolve("jvm.options")).lines().filter(l -> l.startsWith("-D")).forEach(properties::add);
        }
        assertThat(properties).isNotEmpty();
        assertThat(Repository.read(imageOptions).lines()).containsAll(properties);
    }

    /** What the server reads: from the built server, or from its sources and the shared liberty-config. */
    private static Set<String> needs(Server server) {
        if (server.built()) {
            return LibertyConfig.needs(server.builtServer());
        }
        return LibertyConfig.needs(server.sourceConfig(), Repository.ROOT.resolve("liberty-config/src/main/liberty/config"));
    }

    /** The file or directory of the build context that ends up at /config/{relative}, if any COPY puts one there. */
    private static Optional<Path> sourceInContext(Dockerfile dockerfile, String relative) {
        String target = CONFIG + relative;
        Optional<Path> found = Optional.empty();
        for (Copy copy : dockerfile.copies) {
            for (String source : copy.sources()) {
                String name = source.endsWith("/") ? "" : Path.of(source).getFileName().toString();
                if (copy.destination().equals(target) || (copy.intoDirectory() && !source.endsWith("/")
                        && (copy.destination() + name).equals(target))) {
                    found = Optional.of(Repository.ROOT.resolve(source).normalize());
                } else if (copy.intoDirectory() && source.endsWith("/") && target.startsWith(copy.destination())) {
                    found = Optional.of(Repository.ROOT.resolve(source).resolve(target.substring(copy.destination().length())).normalize());
                }
            }
        }
        return found;
    }

    /** A source under a built server that is not built yet: the file the build would assemble it from. */
    private static Path existing(Server server, Path source) {
        if (Files.exists(source) || !source.startsWith(server.builtServer())) {
            return source;
        }
        String relative = server.builtServer().relativize(source).toString();
        Path own = server.sourceConfig().resolve(relative);
        return Files.exists(own) ? own : Repository.ROOT.resolve("liberty-config/src/main/liberty/config").resolve(relative);
    }

    private static Set<String> rootPomLibraryLocations() {
        Matcher location = Pattern.compile("<location>([^<]+)</location>").matcher(Repository.read(Repository.ROOT.resolve("pom.xml")));
        Set<String> locations = new java.util.HashSet<>();
        while (location.find()) {
            locations.add(location.group(1).trim() + "/");
        }
        return locations;
    }

    private static int runOf(Dockerfile dockerfile, String script) {
        return dockerfile.all("RUN").stream().filter(r -> r.arguments().equals(script)).mapToInt(dockerfile::indexOf)
                .findFirst().orElseThrow(() -> new AssertionError(dockerfile.file.getFileName() + " never runs " + script));
    }

    private static Dockerfile dockerfile(Server server) {
        return Dockerfile.of(Repository.DEPLOY.resolve("docker").resolve(server.name() + ".Dockerfile"));
    }
}
