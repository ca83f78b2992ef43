package dev.microserves.payment.domain;

/**
 * How the client asked to pay, before anything is looked up: the method type ({@code CARD},
 * {@code PAYPAL}, or whatever another processor handles) and the fields a method of that type uses.
 */
public record MethodDetails(String type, String token, String payerEmail) {
}
