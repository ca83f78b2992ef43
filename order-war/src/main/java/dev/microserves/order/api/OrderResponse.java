package dev.microserves.order.api;

import dev.microserves.order.domain.Order;
import dev.microserves.order.domain.OrderLine;
import dev.microserves.order.domain.OrderStatus;
import dev.microserves.order.domain.ShippingAddress;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as the API shows it. Prices appear once the stock is reserved; {@code paymentId},
 * {@code reservationId} and {@code failureReason} only when there is one. Card tokens never appear.
 */
public record OrderResponse(UUID id, UUID customerId, OrderStatus status, List<Line> lines,
                            MoneyResponse subtotal, MoneyResponse discount, MoneyResponse shipping,
                            MoneyResponse total, Address shippingAddress, String promoCode, UUID paymentId,
                            UUID reservationId, String failureReason, Instant createdAt, Instant updatedAt,
                            long version) {

    public record Line(String sku, int quantity, MoneyResponse unitPrice, MoneyResponse lineTotal) {
    }

    public record Address(UUID id, String label, String line1, String line2, String city, String postalCode,
                          String country) {
    }

    static OrderResponse of(Order o) {
        String currency = o.currency();
        List<Line> lines = o.lines().stream()
                .map((OrderLine l) -> new Line(l.sku(), l.quantity(), MoneyResponse.of(l.unitPrice(currency)),
                        MoneyResponse.of(l.lineTotal(currency))))
                .toList();
        ShippingAddress a = o.shippingAddress();
        Address address = a == null ? null : new Address(o.shippingAddressId(), a.label(), a.line1(), a.line2(),
                a.city(), a.postalCode(), a.country());
        return new OrderResponse(o.id(), o.customerId(), o.status(), lines, MoneyResponse.of(o.subtotal()),
                MoneyResponse.of(o.discount()), MoneyResponse.of(o.shipping()), MoneyResponse.of(o.total()),
                address, o.promoCode(), o.paymentId(), o.reservationId(),
                o.failure() == null ? null : o.failure().reason(), o.createdAt(), o.updatedAt(), o.version());
    }
}
