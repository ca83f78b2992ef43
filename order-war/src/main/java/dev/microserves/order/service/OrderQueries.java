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
import java.util.UUID;

/** Reading orders: one by id, or a page of them by customer and status. */
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
}
