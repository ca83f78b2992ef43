package dev.microserves.kafka;

import java.util.List;
import java.util.Map;

/** The topics of the contract's Events section (API.md, "Added in v2"): one per publishing service. */
public final class EventTopics {

    public static final String ORDERS = "microserves.orders";
    public static final String PAYMENTS = "microserves.payments";
    public static final String INVENTORY = "microserves.inventory";
    public static final String CUSTOMERS = "microserves.customers";

    /** Every event topic, in the order the run command creates them. */
    public static final List<String> ALL = List.of(ORDERS, PAYMENTS, INVENTORY, CUSTOMERS);

    /**
     * The configuration each event topic is created with: kept forever (no time or size limit),
     * because a consumer such as the recommendation service rebuilds its tables by replaying a
     * topic from the start, and a retention limit would silently shorten that history.
     */
    public static final Map<String, String> CONFIG = Map.of(
            "retention.ms", "-1",
            "retention.bytes", "-1");

    private EventTopics() {
    }
}
