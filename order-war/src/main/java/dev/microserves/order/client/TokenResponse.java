package dev.microserves.order.client;

/** An issued service token, valid for {@code expiresIn} seconds. */
public record TokenResponse(String accessToken, String tokenType, Long expiresIn) {
}
