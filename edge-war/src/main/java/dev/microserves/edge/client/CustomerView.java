package dev.microserves.edge.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in customer as the storefront shows them: profile, tier benefits, addresses, and
 * payment methods by their display fields only (the customer service's payment tokens are not
 * read, so they never reach a front end).
 */
public record CustomerView(UUID id, String name, String email, String tier, String discountRate,
                           Boolean freeShipping, List<Address> addresses, List<PaymentMethod> paymentMethods,
                           Instant createdAt) {

    public record Address(UUID id, String label, String line1, String line2, String city, String postalCode,
                          String country) {
    }

    public record PaymentMethod(UUID id, String type, String brand, String last4, Integer expMonth, Integer expYear,
                                String payerEmail) {
    }
}
