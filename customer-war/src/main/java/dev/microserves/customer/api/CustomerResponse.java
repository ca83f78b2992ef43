package dev.microserves.customer.api;

import dev.microserves.customer.domain.Customer;
import dev.microserves.customer.domain.Tier;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A customer as the API shows it; {@code discountRate} and {@code freeShipping} come from the tier. */
public record CustomerResponse(UUID id, String name, String email, Tier tier, String discountRate,
                               boolean freeShipping, List<AddressResponse> addresses,
                               List<PaymentMethodResponse> paymentMethods, Instant createdAt, long version) {

    static CustomerResponse of(Customer c) {
        return new CustomerResponse(c.id(), c.name(), c.email(), c.tier(), c.discountRate().toPlainString(),
                c.freeShipping(),
                c.addresses().stream().map(AddressResponse::of).toList(),
                c.paymentMethods().stream().map(PaymentMethodResponse::of).toList(),
                c.createdAt(), c.version());
    }
}
