package dev.microserves.recommendation.service;

import java.util.List;

/** The topics this service learns from (API.md, "Events"). */
final class Topics {

    static final String ORDERS = "microserves.orders";
    static final String INVENTORY = "microserves.inventory";
    static final List<String> CONSUMED = List.of(ORDERS, INVENTORY);

    private Topics() {
    }
}
