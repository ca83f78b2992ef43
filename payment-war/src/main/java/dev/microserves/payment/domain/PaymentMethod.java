package dev.microserves.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;

/**
 * How a payment is paid, as the payment records it: the method type, the card token (with the
 * brand and last four digits as they were when charged) or the PayPal payer.
 */
@Embeddable
public class PaymentMethod {

    @Column(name = "method_type", nullable = false, length = 16)
    private String type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "card_token")
    private CardToken cardToken;

    @Column(name = "card_brand", length = 20)
    private String cardBrand;

    @Column(name = "card_last4", length = 4)
    private String cardLast4;

    @Column(name = "payer_email", length = 254)
    private String payerEmail;

    protected PaymentMethod() {
        // for JPA
    }

    private PaymentMethod(String type, CardToken cardToken, String payerEmail) {
        this.type = Objects.requireNonNull(type, "type");
        this.cardToken = cardToken;
        this.cardBrand = cardToken == null ? null : cardToken.brand();
        this.cardLast4 = cardToken == null ? null : cardToken.last4();
        this.payerEmail = payerEmail;
    }

    /**
     * The method of a request, with its card token looked up.
     *
     * @param cardToken the token the request named, or null if it named none
     */
    public static PaymentMethod of(MethodDetails details, CardToken cardToken) {
        return new PaymentMethod(details.type(), cardToken, details.payerEmail());
    }

    public String type() {
        return type;
    }

    /** The card token, when the method is a card; null otherwise. */
    public CardToken cardToken() {
        return cardToken;
    }

    public String cardBrand() {
        return cardBrand;
    }

    public String cardLast4() {
        return cardLast4;
    }

    public String payerEmail() {
        return payerEmail;
    }
}
