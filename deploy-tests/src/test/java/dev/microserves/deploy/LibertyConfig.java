package dev.microserves.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a Liberty server's configuration asks of its config directory: the files it includes
 * (recursively), the library directories its filesets read, the applications it deploys.
 * Paths are relative to {@code ${server.config.dir}}, as in the image's {@code /config}.
 */
final class LibertyConfig {

    private static final String CONFIG_DIR = "${server.config.dir}/";

    private final Document document;

    private LibertyConfig(Document document) {
        this.document = document;
    }

    static LibertyConfig of(Path xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new LibertyConfig(factory.newDocumentBuilder().parse(xml.toFile()));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + xml, e);
        }
    }

    Optional<String> variable(String name) {
        for (Element variable : elements("variable")) {
            if (variable.getAttribute("name").equals(name)) {
                return Optional.of(variable.getAttribute("defaultValue"));
            }
        }
        return Optional.empty();
    }

    /** The includes of this file, relative to the config directory. */
    List<String> includes() {
        return elements("include").stream().map(e -> relative(e.getAttribute("location"))).toList();
    }

    /** The directories the library filesets read, relative to the config directory. */
    List<String> libraryDirectories() {
        return elements("fileset").stream().map(e -> relative(e.getAttribute("dir"))).toList();
    }

    /** The locations of the applications deployed, relative to the apps directory. */
    List<String> applications() {
        List<String> apps = new ArrayList<>();
        for (String tag : List.of("webApplication", "application", "enterpriseApplication")) {
            elements(tag).forEach(e -> apps.add(e.getAttribute("location")));
        }
        return apps;
    }

    /**
     * Everything a server whose config directory is {@code configDir} reads: server.xml, the files
     * it includes (followed recursively), each file of configDropins, as relative paths; library
     * directories end with a slash.
     */
    static Set<String> needs(Path configDir, Path... fallbackDirs) {
        Set<String> needed = new LinkedHashSet<>();
        List<String> toRead = new ArrayList<>(List.of("server.xml"));
        Repository.filesUnder(configDir.resolve("configDropins"))
                .forEach(f -> toRead.add(configDir.relativize(f).toString()));
        while (!toRead.isEmpty()) {
            String file = toRead.remove(0);
            if (!needed.add(file)) {
                continue;
            }
            LibertyConfig config = of(locate(file, configDir, fallbackDirs));
            toRead.addAll(config.includes());
            config.libraryDirectories().forEach(dir -> needed.add(dir.endsWith("/") ? dir : dir + "/"));
            config.applications().forEach(app -> needed.add("apps/" + app));
        }
        return needed;
    }

    private static Path locate(String file, Path configDir, Path... fallbackDirs) {
        Path path = configDir.resolve(file);
        for (Path fallback : fallbackDirs) {
            if (path.toFile().isFile()) {
                break;
            }
            path = fallback.resolve(file);
        }
        if (!path.toFile().isFile()) {
            throw new IllegalStateException(file + " is included but exists neither in " + configDir + " nor in the fallbacks");
        }
        return path;
    }

    private static String relative(String location) {
        if (!location.startsWith(CONFIG_DIR)) {
            throw new IllegalStateException("Not under ${server.config.dir}: " + location);
        }
        return location.substring(CONFIG_DIR.length());
    }

    private List<Element> elements(String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
