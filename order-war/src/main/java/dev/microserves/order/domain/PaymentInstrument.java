package dev.microserves.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * How the order is paid: the customer's card token or PayPal payer, copied when the order was
 * placed. Kept so that a charge in doubt can be sent again with exactly the same body (the
 * payment service refuses a repeated key with a different body).
 */
@Embeddable
public class PaymentInstrument {

    public static final String CARD = "CARD";
    public static final String PAYPAL = "PAYPAL";

    @Column(name = "pay_type", length = 16)
    private String type;

    @Column(name = "pay_token", length = 200)
    private String token;

    @Column(name = "pay_payer_email", length = 254)
    private String payerEmail;

    protected PaymentInstrument() {
        // for JPA
    }

    private PaymentInstrument(String type, String token, String payerEmail) {
        this.type = type;
        this.token = token;
        this.payerEmail = payerEmail;
    }

    public static PaymentInstrument card(String token) {
        return new PaymentInstrument(CARD, Objects.requireNonNull(token, "token"), null);
    }

    public static PaymentInstrument payPal(String payerEmail) {
        return new PaymentInstrument(PAYPAL, null, Objects.requireNonNull(payerEmail, "payerEmail"));
    }

    public String type() {
        return type;
    }

    public String token() {
        return token;
    }

    public String payerEmail() {
        return payerEmail;
    }
}
