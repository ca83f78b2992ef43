package dev.microserves.order.client;

/** The order service's own credentials at {@code POST /api/auth/token}. */
public record TokenRequest(String clientId, String clientSecret) {
}
