package dev.microserves.order.domain;

import java.util.UUID;

/** The order names something that does not exist, or is not the customer's own. */
public class UnknownReference extends Refusal {

    private UnknownReference(String slug, String detail) {
        super(422, slug, "Unknown reference", detail);
    }

    public static UnknownReference customer(UUID customerId) {
        return new UnknownReference("unknown-customer", "No customer " + customerId + ".");
    }

    public static UnknownReference address(UUID addressId) {
        return new UnknownReference("unknown-address", "The customer has no address " + addressId + ".");
    }

    public static UnknownReference paymentMethod(UUID paymentMethodId) {
        return new UnknownReference("unknown-payment-method",
                "The customer has no payment method " + paymentMethodId + ".");
    }

    public static UnknownReference product(String detail) {
        return new UnknownReference("unknown-product", detail == null ? "The order names an unknown product." : detail);
    }
}
