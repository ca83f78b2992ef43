package dev.microserves.customer.api;

import jakarta.validation.constraints.Size;

/** Sign-in: a customer's {@code email} and {@code password}, or a service's {@code clientId} and {@code clientSecret}. */
public record TokenRequest(
        @Size(max = 254) String email,
        @Size(max = 128) String password,
        @Size(max = 100) String clientId,
        @Size(max = 200) String clientSecret) {

    boolean isCustomer() {
        return email != null && password != null && clientId == null && clientSecret == null;
    }

    boolean isService() {
        return clientId != null && clientSecret != null && email == null && password == null;
    }
}
