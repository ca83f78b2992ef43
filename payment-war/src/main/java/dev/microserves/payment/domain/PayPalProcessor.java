package dev.microserves.payment.domain;

import dev.microserves.payment.gateway.SimulatedPayPalGateway;
import dev.microserves.support.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Charges the payer of a PayPal agreement through the PayPal gateway. */
@ApplicationScoped
public class PayPalProcessor implements PaymentProcessor {

    private SimulatedPayPalGateway gateway;

    protected PayPalProcessor() {
        // for CDI
    }

    @Inject
    public PayPalProcessor(SimulatedPayPalGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public String methodType() {
        return "PAYPAL";
    }

    @Override
    public String name() {
        return "paypal";
    }

    @Override
    public List<FieldError> check(MethodDetails details) {
        return MethodChecks.tokenOnly(details, PayPalAgreement::isToken,
                "a PayPal token from POST /api/payment-methods/paypal");
    }

    /** Charges the payer the agreement names, never an e-mail the request carried. */
    @Override
    public ChargeOutcome charge(Charge charge) {
        return GatewayOutcomes.toOutcome(gateway.capture(charge.reference(),
                charge.method().payPalAgreement().payerEmail(), charge.amount().amount(), charge.amount().currency()));
    }

    @Override
    public Optional<ChargeOutcome> lookup(Charge charge) {
        return GatewayOutcomes.toFoundOutcome(gateway.lookup(charge.reference()), charge.amount());
    }
}
