package dev.microserves.order.api;

import dev.microserves.order.domain.Money;

/** {@code {"amount": "19.99", "currency": "USD"}}: the amount a string with two fraction digits. */
public record MoneyResponse(String amount, String currency) {

    static MoneyResponse of(Money money) {
        return money == null ? null : new MoneyResponse(money.amount().toPlainString(), money.currency());
    }
}
