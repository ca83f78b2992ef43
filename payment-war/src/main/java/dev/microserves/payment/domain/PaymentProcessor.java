package dev.microserves.payment.domain;

import dev.microserves.support.problem.FieldError;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Charges one type of payment method through its gateway. Processors are CDI beans found by their
 * {@link #methodType()}: supporting another method means adding one more implementation.
 */
public interface PaymentProcessor {

    /** The charge a processor is asked to make (or to look up). */
    record Charge(UUID paymentId, Money amount, PaymentMethod method) {

        /** The charge a payment stands for. */
        public static Charge of(Payment payment) {
            return new Charge(payment.id(), payment.amount(), payment.method());
        }

        /** The merchant reference the gateway knows the charge by: the payment's id, unique per attempt. */
        public String reference() {
            return paymentId.toString();
        }
    }

    /** The method type it charges, as the API names it: {@code CARD}, {@code PAYPAL}. */
    String methodType();

    /** Its name in payments and metrics: {@code card}, {@code paypal}. */
    String name();

    /** What is wrong with a method of this type, field by field (empty when it can be charged). */
    List<FieldError> check(MethodDetails details);

    /**
     * Charges the method through the gateway. A refusal or an outage is an outcome, never an
     * exception: the payment records whatever happened.
     */
    ChargeOutcome charge(Charge charge);

    /**
     * Asks the gateway what became of a charge whose answer was never recorded (its request died
     * after sending it), by the charge's merchant reference, as real processors allow: captured or
     * declined as the gateway did it; failed when the gateway has no such charge (nothing was
     * taken); empty when the gateway cannot tell now, so the charge stays in doubt.
     */
    Optional<ChargeOutcome> lookup(Charge charge);
}
