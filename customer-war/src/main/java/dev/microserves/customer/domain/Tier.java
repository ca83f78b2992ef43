package dev.microserves.customer.domain;

/** A customer's tier; the stored discriminator of the {@link Customer} hierarchy. */
public enum Tier {
    STANDARD,
    PREMIUM
}
