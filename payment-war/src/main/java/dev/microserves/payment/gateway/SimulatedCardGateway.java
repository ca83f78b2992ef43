package dev.microserves.payment.gateway;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A card network inside the service. Enrolling a card (at tokenization) gives the reference it
 * will be charged by: here, how the card behaves ({@link TestCard}), which is all the simulation
 * needs and reveals nothing of the number. Charging answers after the configured latency, fails at
 * the configured rate, and otherwise follows the test cards (and declines cards past their expiry).
 * Each charge carries the merchant's reference for it, by which the gateway answers a lookup later.
 */
@ApplicationScoped
public class SimulatedCardGateway {

    @Inject
    @ConfigProperty(name = "microserves.gateway.card.latency-ms", defaultValue = "50")
    long latencyMillis;

    @Inject
    @ConfigProperty(name = "microserves.gateway.card.failure-rate", defaultValue = "0.0")
    double failureRate;

    private final GatewayLedger ledger = new GatewayLedger();
    private GatewaySimulation simulation;

    public SimulatedCardGateway() {
        // for CDI
    }

    /** A gateway over a given simulation, for tests. */
    public SimulatedCardGateway(GatewaySimulation simulation) {
        this.simulation = simulation;
    }

    @PostConstruct
    void configure() {
        simulation = GatewaySimulation.of(latencyMillis, failureRate);
    }

    /** Registers a card (its number, once) and returns the reference it is charged by later. */
    public String enroll(String cardNumber) {
        return TestCard.forNumber(cardNumber).name();
    }

    /** Charges an enrolled card, under the merchant's reference for this charge. */
    public GatewayResponse charge(String merchantReference, String cardReference, YearMonth expiry, BigDecimal amount,
                                  String currency) {
        return simulation.call(() -> ledger.keep(merchantReference, answer(cardReference, expiry, amount, currency)));
    }

    /** What became of the charge made under the merchant's reference: its answer, or not found. */
    public GatewayResponse lookup(String merchantReference) {
        return simulation.call(() -> ledger.find(merchantReference));
    }

    private static GatewayResponse answer(String cardReference, YearMonth expiry, BigDecimal amount, String currency) {
        TestCard card;
        try {
            card = TestCard.valueOf(cardReference);
        } catch (IllegalArgumentException unknownReference) {
            return new GatewayResponse.Unavailable("the gateway does not know this card");
        }
        if (expiry.isBefore(YearMonth.now(ZoneOffset.UTC))) {
            return new GatewayResponse.Declined(TestCard.DECLINE_EXPIRED_CARD.declineCode());
        }
        return switch (card) {
            case APPROVE -> new GatewayResponse.Approved(GatewayReferences.next("ch_"), amount, currency);
            case PROCESSOR_ERROR -> new GatewayResponse.Unavailable("card processor error");
            default -> new GatewayResponse.Declined(card.declineCode());
        };
    }
}
