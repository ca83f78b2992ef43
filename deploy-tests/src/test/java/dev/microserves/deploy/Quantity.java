package dev.microserves.deploy;

import java.math.BigDecimal;
import java.util.Map;

/** Kubernetes memory quantities (binary and decimal suffixes) as bytes, to compare requests with limits. */
final class Quantity {

    private static final Map<String, Long> SUFFIXES = Map.of("Ki", 1L << 10, "Mi", 1L << 20, "Gi", 1L << 30, "Ti", 1L << 40,
            "k", 1_000L, "M", 1_000_000L, "G", 1_000_000_000L, "T", 1_000_000_000_000L);

    private Quantity() {
    }

    static long bytes(String quantity) {
        for (Map.Entry<String, Long> suffix : SUFFIXES.entrySet()) {
            if (quantity.endsWith(suffix.getKey()) && Character.isDigit(quantity.charAt(quantity.length() - suffix.getKey().length() - 1))) {
                String number = quantity.substring(0, quantity.length() - suffix.getKey().length());
                return new BigDecimal(number).multiply(BigDecimal.valueOf(suffix.getValue())).longValueExact();
            }
        }
        return new BigDecimal(quantity).longValueExact();
    }
}
