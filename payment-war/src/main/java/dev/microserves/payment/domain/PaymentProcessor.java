package dev.microserves.payment.domain;

import dev.microserves.support.problem.FieldError;
import java.util.List;
import java.util.UUID;

/**
 * Charges one type of payment method through its gateway. Processors are CDI beans found by their
 * {@link #methodType()}: supporting another method means adding one more implementation.
 */
public interface PaymentProcessor {

    /** The charge a processor is asked to make. */
    record Charge(UUID paymentId, Money amount, PaymentMethod method) {
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
}
