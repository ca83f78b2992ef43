package dev.microserves.order.client;

import dev.microserves.order.domain.Money;

/** Money on the wire: {@code {"amount": "19.99", "currency": "USD"}}. */
public record MoneyJson(String amount, String currency) {

    public static MoneyJson of(Money money) {
        return new MoneyJson(money.amount().toPlainString(), money.currency());
    }

    public Money toMoney() {
        return Money.of(amount, currency);
    }
}
