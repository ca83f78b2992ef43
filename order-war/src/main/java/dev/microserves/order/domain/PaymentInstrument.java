package dev.microserves.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * How the order is paid: the token of the customer's card ({@code tok_…}) or PayPal billing
 * agreement ({@code pp_…}), copied when the order was placed. Each token is bound to its customer
 * by the service that issued it, so a charge can only reach the customer's own account. Kept so
 * that a charge in doubt can be sent again with exactly the same body (the payment service
 * refuses a repeated key with a different body).
 */
@Embeddable
public class PaymentInstrument {

    public static final String CARD = "CARD";
    public static final String PAYPAL = "PAYPAL";

    @Column(name = "pay_type", length = 16)
    private String type;

    @Column(name = "pay_token", length = 200)
    private String token;

    protected PaymentInstrument() {
        // for JPA
    }

    private PaymentInstrument(String type, String token) {
        this.type = type;
        this.token = Objects.requireNonNull(token, "token");
    }

    public static PaymentInstrument card(String token) {
        return new PaymentInstrument(CARD, token);
    }

    public static PaymentInstrument payPal(String token) {
        return new PaymentInstrument(PAYPAL, token);
    }

    public String type() {
        return type;
    }

    public String token() {
        return token;
    }
}
