package dev.microserves.payment.gateway;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PayPal inside the service: approves every payer except those whose email ends in
 * {@code @decline.test} (declined with {@code paypal_declined}), after the configured latency and
 * failing at the configured rate. Each capture carries the merchant's reference for it, by which
 * the gateway answers a lookup later.
 */
@ApplicationScoped
public class SimulatedPayPalGateway {

    public static final String DECLINING_DOMAIN = "@decline.test";
    public static final String DECLINE_CODE = "paypal_declined";

    @Inject
    @ConfigProperty(name = "microserves.gateway.paypal.latency-ms", defaultValue = "80")
    long latencyMillis;

    @Inject
    @ConfigProperty(name = "microserves.gateway.paypal.failure-rate", defaultValue = "0.0")
    double failureRate;

    private final GatewayLedger ledger = new GatewayLedger();
    private GatewaySimulation simulation;

    public SimulatedPayPalGateway() {
        // for CDI
    }

    /** A gateway over a given simulation, for tests. */
    public SimulatedPayPalGateway(GatewaySimulation simulation) {
        this.simulation = simulation;
    }

    @PostConstruct
    void configure() {
        simulation = GatewaySimulation.of(latencyMillis, failureRate);
    }

    /** Takes the amount from the payer's PayPal account, under the merchant's reference for this capture. */
    public GatewayResponse capture(String merchantReference, String payerEmail, BigDecimal amount, String currency) {
        return simulation.call(() -> ledger.keep(merchantReference,
                payerEmail.toLowerCase(Locale.ROOT).endsWith(DECLINING_DOMAIN)
                        ? new GatewayResponse.Declined(DECLINE_CODE)
                        : new GatewayResponse.Approved(GatewayReferences.next("PAYID-"), amount, currency)));
    }

    /** What became of the capture made under the merchant's reference: its answer, or not found. */
    public GatewayResponse lookup(String merchantReference) {
        return simulation.call(() -> ledger.find(merchantReference));
    }
}
