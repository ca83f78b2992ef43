package dev.microserves.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;

/**
 * How a payment is paid, as the payment records it: the method type and what it was charged
 * against, a card token (with the brand and last four digits as they were when charged) or a PayPal
 * agreement (with the payer's e-mail it names).
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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "paypal_token")
    private PayPalAgreement payPalAgreement;

    @Column(name = "payer_email", length = 254)
    private String payerEmail;

    protected PaymentMethod() {
        // for JPA
    }

    private PaymentMethod(String type, CardToken cardToken, PayPalAgreement payPalAgreement) {
        this.type = Objects.requireNonNull(type, "type");
        this.cardToken = cardToken;
        this.cardBrand = cardToken == null ? null : cardToken.brand();
        this.cardLast4 = cardToken == null ? null : cardToken.last4();
        this.payPalAgreement = payPalAgreement;
        this.payerEmail = payPalAgreement == null ? null : payPalAgreement.payerEmail();
    }

    /** Paid with a tokenized card. */
    public static PaymentMethod card(String type, CardToken cardToken) {
        return new PaymentMethod(type, Objects.requireNonNull(cardToken, "cardToken"), null);
    }

    /** Paid through a PayPal agreement: charged against the payer it names. */
    public static PaymentMethod payPal(String type, PayPalAgreement agreement) {
        return new PaymentMethod(type, null, Objects.requireNonNull(agreement, "agreement"));
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

    /** The PayPal agreement, when the method is PayPal; null otherwise. */
    public PayPalAgreement payPalAgreement() {
        return payPalAgreement;
    }

    /** The PayPal payer's e-mail, as the agreement named it when charged; null for a card. */
    public String payerEmail() {
        return payerEmail;
    }
}
