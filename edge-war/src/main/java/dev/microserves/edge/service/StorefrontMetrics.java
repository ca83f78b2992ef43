package dev.microserves.edge.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The storefront's own metrics (the gateways' fault-tolerance metrics come from MicroProfile Fault
 * Tolerance itself): pages served by kind and whether they were whole, parts left out by part,
 * requests refused by the rate limit.
 */
@ApplicationScoped
public class StorefrontMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    void pageServed(String page, boolean degraded) {
        registry.counter(Metadata.builder().withName("storefront_pages")
                        .withDescription("Storefront pages served, by page and whether a part was left out").build(),
                new Tag("page", page), new Tag("degraded", Boolean.toString(degraded))).inc();
    }

    void partLeftOut(String part) {
        registry.counter(Metadata.builder().withName("storefront_degraded_parts")
                .withDescription("Page parts left out because their service gave no answer, by part").build(),
                new Tag("part", part)).inc();
    }

    void rateLimited() {
        registry.counter(Metadata.builder().withName("storefront_rate_limited")
                .withDescription("Requests refused with 429 by the per-client rate limit").build()).inc();
    }
}
