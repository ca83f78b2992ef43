package dev.microserves.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.util.Objects;

/** A PayPal account, known by its payer email. */
@Entity
@DiscriminatorValue("PAYPAL")
public class PayPalPaymentMethod extends PaymentMethod {

    public record Details(String payerEmail) implements PaymentMethod.Details {
        public Details {
            payerEmail = Customer.normalizeEmail(Objects.requireNonNull(payerEmail, "payerEmail"));
        }

        @Override
        public PaymentMethod attachTo(Customer customer) {
            return new PayPalPaymentMethod(customer, payerEmail);
        }
    }

    @Column(name = "payer_email", length = 254)
    private String payerEmail;

    protected PayPalPaymentMethod() {
        // for JPA
    }

    private PayPalPaymentMethod(Customer customer, String payerEmail) {
        super(customer);
        this.payerEmail = payerEmail;
    }

    @Override
    public String type() {
        return "PAYPAL";
    }

    public String payerEmail() {
        return payerEmail;
    }
}
