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
 */
@ApplicationScoped
public class SimulatedCardGateway {

    @Inject
    @ConfigProperty(name = "microserves.gateway.card.latency-ms", defaultValue = "50")
    long latencyMillis;

    @Inject
    @ConfigProperty(name = "microserves.gateway.card.failure-rate", defaultValue = "0.0")
    double failureRate;

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

    /** Charges an enrolled card. */
    public GatewayResponse charge(String reference, YearMonth expiry, BigDecimal amount, String currency) {
        return simulation.call(() -> answer(reference, expiry));
    }

    private static GatewayResponse answer(String reference, YearMonth expiry) {
        TestCard card;
        try {
            card = TestCard.valueOf(reference);
        } catch (IllegalArgumentException unknownReference) {
            return new GatewayResponse.Unavailable("the gateway does not know this card");
        }
        if (expiry.isBefore(YearMonth.now(ZoneOffset.UTC))) {
            return new GatewayResponse.Declined(TestCard.DECLINE_EXPIRED_CARD.declineCode());
        }
        return switch (card) {
            case APPROVE -> new GatewayResponse.Approved(GatewayReferences.next("ch_"));
            case PROCESSOR_ERROR -> new GatewayResponse.Unavailable("card processor error");
            default -> new GatewayResponse.Declined(card.declineCode());
        };
    }
}
