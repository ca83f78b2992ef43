package dev.microserves.order.service;

import dev.microserves.order.domain.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Shipping a confirmed order (an admin's act); shipping it again changes nothing. */
@ApplicationScoped
public class OrderShipment {

    @Inject
    OrderProgress progress;

    public Order ship(UUID orderId) {
        return progress.update(orderId, Order::ship);
    }
}
