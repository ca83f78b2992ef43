package dev.microserves.edge.client;

/** Money as every service writes it: {@code {"amount": "19.99", "currency": "USD"}}; shown as given. */
public record MoneyView(String amount, String currency) {
}
