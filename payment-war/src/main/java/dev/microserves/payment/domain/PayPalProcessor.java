package dev.microserves.payment.domain;

import dev.microserves.payment.gateway.SimulatedPayPalGateway;
import dev.microserves.support.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Charges a PayPal payer through the PayPal gateway. */
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
        List<FieldError> errors = new ArrayList<>();
        if (details.payerEmail() == null) {
            errors.add(new FieldError("method.payerEmail", "is required for a PAYPAL payment"));
        }
        if (details.token() != null) {
            errors.add(new FieldError("method.token", "must not be given for a PAYPAL payment"));
        }
        return errors;
    }

    @Override
    public ChargeOutcome charge(Charge charge) {
        return GatewayOutcomes.toOutcome(gateway.capture(charge.method().payerEmail(),
                charge.amount().amount(), charge.amount().currency()));
    }
}
