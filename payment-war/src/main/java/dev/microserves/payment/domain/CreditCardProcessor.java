package dev.microserves.payment.domain;

import dev.microserves.payment.gateway.GatewayResponse;
import dev.microserves.payment.gateway.SimulatedCardGateway;
import dev.microserves.support.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Charges a tokenized card through the card gateway. */
@ApplicationScoped
public class CreditCardProcessor implements PaymentProcessor {

    private SimulatedCardGateway gateway;

    protected CreditCardProcessor() {
        // for CDI
    }

    @Inject
    public CreditCardProcessor(SimulatedCardGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public String methodType() {
        return "CARD";
    }

    @Override
    public String name() {
        return "card";
    }

    @Override
    public List<FieldError> check(MethodDetails details) {
        List<FieldError> errors = new ArrayList<>();
        if (details.token() == null) {
            errors.add(new FieldError("method.token", "is required for a CARD payment"));
        }
        if (details.payerEmail() != null) {
            errors.add(new FieldError("method.payerEmail", "must not be given for a CARD payment"));
        }
        return errors;
    }

    @Override
    public ChargeOutcome charge(Charge charge) {
        CardToken card = charge.method().cardToken();
        GatewayResponse response = gateway.charge(card.gatewayProfile(), card.expiry(),
                charge.amount().amount(), charge.amount().currency());
        return GatewayOutcomes.toOutcome(response);
    }
}
