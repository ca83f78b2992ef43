package dev.microserves.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/**
 * A premium customer: a discount on every order (its own rate, set when it was made premium) and
 * free shipping. Only an admin changes a customer's tier.
 */
@Entity
@DiscriminatorValue("PREMIUM")
public class PremiumCustomer extends Customer {

    @Column(name = "discount_rate", precision = 4, scale = 2)
    private BigDecimal discountRate;

    protected PremiumCustomer() {
        // for JPA
    }

    public PremiumCustomer(String name, String email, String passwordHash, BigDecimal discountRate) {
        super(name, email, passwordHash, Role.CUSTOMER);
        this.discountRate = checkedRate(discountRate);
    }

    @Override
    public BigDecimal discountRate() {
        return discountRate == null ? BigDecimal.ZERO.setScale(2) : discountRate.setScale(2);
    }

    @Override
    public boolean freeShipping() {
        return true;
    }

    @Override
    public Tier tier() {
        return Tier.PREMIUM;
    }

    /** A rate a premium customer may have: more than 0, at most 0.50. */
    public static BigDecimal checkedRate(BigDecimal rate) {
        if (rate == null || rate.signum() <= 0 || rate.compareTo(new BigDecimal("0.50")) > 0) {
            throw new IllegalArgumentException("a premium discount rate lies in (0, 0.50]");
        }
        return rate.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
