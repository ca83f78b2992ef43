package dev.microserves.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The objects one overlay renders to, rendered once per test run, with the look-ups the checks need. */
final class Rendered {

    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    final String overlay;
    final List<JsonNode> objects;

    private Rendered(String overlay, List<JsonNode> objects) {
        this.overlay = overlay;
        this.objects = objects;
    }

    static Rendered overlay(String overlay) {
        return CACHE.computeIfAbsent(overlay, o -> new Rendered(o, Kustomize.render(o)));
    }

    List<JsonNode> all(String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return all(kind).stream().filter(o -> o.at("/metadata/name").asText().equals(name)).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + " " + name));
    }

    /** The config value a Deployment's container reads from its ConfigMaps, as the kubelet resolves envFrom (last wins). */
    Optional<String> configValue(JsonNode deployment, String key) {
        Optional<String> value = Optional.empty();
        for (JsonNode from : container(deployment).path("envFrom")) {
            String name = from.at("/configMapRef/name").asText(null);
            if (name != null) {
                JsonNode data = get("ConfigMap", name).path("data");
                if (data.has(key)) {
                    value = Optional.of(data.get(key).asText());
                }
            }
        }
        return value;
    }

    static JsonNode container(JsonNode deployment) {
        return deployment.at("/spec/template/spec/containers").get(0);
    }

    static Map<String, String> podLabels(JsonNode deployment) {
        return strings(deployment.at("/spec/template/metadata/labels"));
    }

    /** Does this selector (matchLabels) pick pods with these labels? */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        Map<String, String> wanted = strings(selector.path("matchLabels"));
        return !selector.has("matchExpressions") && wanted.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            map.put(field.getKey(), field.getValue().asText());
        }
        return map;
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
