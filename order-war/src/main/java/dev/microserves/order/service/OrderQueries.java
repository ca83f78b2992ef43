package dev.microserves.order.service;

import dev.microserves.order.domain.Order;
import dev.microserves.order.domain.OrderNotFound;
import dev.microserves.order.domain.OrderStatus;
import dev.microserves.order.persistence.OrderRepository;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reading orders: one by id, a page of them by customer and status, or those created in a window. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class OrderQueries {

    @Inject
    OrderRepository orders;

    public Order get(UUID id) {
        return orders.find(id).orElseThrow(() -> new OrderNotFound(id));
    }

    public Page<Order> search(UUID customerId, OrderStatus status, PageRequest page) {
        return orders.search(customerId, status, page);
    }

    /** A batch of the orders created in {@code [from, until)}, oldest first. */
    public List<Order> createdBetween(Instant from, Instant until, int offset, int limit) {
        return orders.createdBetween(from, until, offset, limit);
    }
}
