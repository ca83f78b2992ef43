package dev.microserves.payment.service;

import dev.microserves.payment.domain.CardBrand;
import dev.microserves.payment.domain.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/** The business counters: charges by processor and outcome, refunds by processor, cards tokenized by brand. */
@ApplicationScoped
public class PaymentMetrics {

    private static final Metadata PAYMENTS = Metadata.builder().withName("payments")
            .withDescription("Charge attempts, by processor and outcome (captured, declined, failed)").build();
    private static final Metadata REFUNDS = Metadata.builder().withName("refunds")
            .withDescription("Refunds made, by processor").build();
    private static final Metadata TOKENS = Metadata.builder().withName("card_tokens")
            .withDescription("Cards tokenized, by brand").build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    void charged(String processor, PaymentStatus outcome) {
        metrics.counter(PAYMENTS, new Tag("processor", processor),
                new Tag("outcome", outcome.name().toLowerCase(Locale.ROOT))).inc();
    }

    void refunded(String processor) {
        metrics.counter(REFUNDS, new Tag("processor", processor)).inc();
    }

    void tokenized(CardBrand brand) {
        metrics.counter(TOKENS, new Tag("brand", brand.apiName())).inc();
    }
}
