package dev.microserves.payment.domain;

import dev.microserves.payment.gateway.GatewayResponse;
import dev.microserves.payment.gateway.SimulatedCardGateway;
import dev.microserves.support.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

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
        return MethodChecks.tokenOnly(details, CardToken::isToken, "a card token from POST /api/payment-methods/tokens");
    }

    @Override
    public ChargeOutcome charge(Charge charge) {
        CardToken card = charge.method().cardToken();
        GatewayResponse response = gateway.charge(charge.reference(), card.gatewayProfile(), card.expiry(),
                charge.amount().amount(), charge.amount().currency());
        return GatewayOutcomes.toOutcome(response);
    }

    @Override
    public Optional<ChargeOutcome> lookup(Charge charge) {
        return GatewayOutcomes.toFoundOutcome(gateway.lookup(charge.reference()), charge.amount());
    }
}
