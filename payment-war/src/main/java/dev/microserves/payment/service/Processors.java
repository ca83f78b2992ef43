package dev.microserves.payment.service;

import dev.microserves.payment.domain.Payment;
import dev.microserves.payment.domain.PaymentProcessor;
import dev.microserves.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.stream.Collectors;

/** Every {@link PaymentProcessor} bean there is, found by the method type it charges. */
@ApplicationScoped
public class Processors {

    @Inject
    Instance<PaymentProcessor> processors;

    /** The processor for a method type; a type no processor handles is a 400 naming the ones that exist. */
    public PaymentProcessor forType(String methodType) {
        return processors.stream()
                .filter(processor -> processor.methodType().equals(methodType))
                .findFirst()
                .orElseThrow(() -> ProblemException.validation("method.type", "must be one of " + types()));
    }

    /** The processor that charged a payment (by the name the payment recorded). */
    public PaymentProcessor thatCharged(Payment payment) {
        return processors.stream()
                .filter(processor -> processor.name().equals(payment.processor()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no processor named " + payment.processor()));
    }

    private String types() {
        return processors.stream().map(PaymentProcessor::methodType).sorted().collect(Collectors.joining(", "));
    }
}
