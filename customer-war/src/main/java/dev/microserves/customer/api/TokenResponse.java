package dev.microserves.customer.api;

/** An issued token: use it as {@code Authorization: Bearer <accessToken>} for {@code expiresIn} seconds. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn) {
}
