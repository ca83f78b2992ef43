package dev.microserves.inventory.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** One line that cannot be served: how many units were asked for and how many are available. */
public record Shortage(String sku, int requested, int available) {

    /** The problem-body form, independent of how a JSON provider treats records. */
    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sku", sku);
        map.put("requested", requested);
        map.put("available", available);
        return map;
    }
}
