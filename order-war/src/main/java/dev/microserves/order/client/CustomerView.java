package dev.microserves.order.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer as the customer service shows it to a service (with payment tokens: a card's
 * {@code tok_…} from tokenization, a PayPal method's {@code pp_…} from the PayPal vault).
 */
public record CustomerView(UUID id, String name, String email, String tier, String discountRate,
                           Boolean freeShipping, List<Address> addresses, List<PaymentMethod> paymentMethods) {

    public record Address(UUID id, String label, String line1, String line2, String city, String postalCode,
                          String country) {
    }

    /** {@code CARD} or {@code PAYPAL}, each with the token that charges it; the display fields are not read here. */
    public record PaymentMethod(UUID id, String type, String token) {
    }

    public Optional<Address> address(UUID addressId) {
        return addresses == null ? Optional.empty()
                : addresses.stream().filter(a -> addressId.equals(a.id())).findFirst();
    }

    public Optional<PaymentMethod> paymentMethod(UUID paymentMethodId) {
        return paymentMethods == null ? Optional.empty()
                : paymentMethods.stream().filter(p -> paymentMethodId.equals(p.id())).findFirst();
    }

    public BigDecimal discountRateValue() {
        return discountRate == null || discountRate.isBlank() ? BigDecimal.ZERO : new BigDecimal(discountRate);
    }

    public boolean shipsFree() {
        return Boolean.TRUE.equals(freeShipping);
    }
}
