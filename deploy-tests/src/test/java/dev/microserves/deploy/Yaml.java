package dev.microserves.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * YAML read with SnakeYAML (which resolves anchors and merge keys, as Docker Compose does) and
 * handed out as Jackson trees, which are easy to walk.
 */
final class Yaml {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Yaml() {
    }

    static JsonNode read(String text) {
        return JSON.valueToTree(parser().load(text));
    }

    /** Every document of a multi-document stream, empty ones left out. */
    static List<JsonNode> readAll(String text) {
        List<JsonNode> documents = new ArrayList<>();
        for (Object document : parser().loadAll(text)) {
            if (document != null) {
                documents.add(JSON.valueToTree(document));
            }
        }
        return documents;
    }

    /** The event topics of kafka-local's EventTopics (read from its source: no build dependency). */
    static List<String> eventTopics() {
        String source = Repository.read(Repository.ROOT.resolve("kafka-local/src/main/java/dev/microserves/kafka/EventTopics.java"));
        Matcher constant = Pattern.compile("static final String \\w+ = \"([^\"]+)\"").matcher(source);
        List<String> topics = new ArrayList<>();
        while (constant.find()) {
            topics.add(constant.group(1));
        }
        if (topics.isEmpty()) {
            throw new IllegalStateException("No topic constants found in EventTopics.java");
        }
        return topics;
    }

    private static org.yaml.snakeyaml.Yaml parser() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new org.yaml.snakeyaml.Yaml(options);
    }
}
