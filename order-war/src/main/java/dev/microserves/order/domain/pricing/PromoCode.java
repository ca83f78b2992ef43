package dev.microserves.order.domain.pricing;

import dev.microserves.order.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A promotion code: a percentage or a fixed amount off, usable within its validity window on
 * orders whose subtotal reaches its minimum spend. Codes live in the {@code promo_codes} table
 * (seeded by migration), so they change without a redeploy.
 */
@Entity
@Table(name = "promo_codes")
public class PromoCode {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "percent_off", precision = 5, scale = 2)
    private BigDecimal percentOff;

    @Column(name = "amount_off", precision = 12, scale = 2)
    private BigDecimal amountOff;

    @Column(name = "minimum_spend", nullable = false, precision = 12, scale = 2)
    private BigDecimal minimumSpend;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    protected PromoCode() {
        // for JPA
    }

    private PromoCode(String code, BigDecimal percentOff, BigDecimal amountOff, BigDecimal minimumSpend,
                      Instant validFrom, Instant validUntil) {
        this.code = normalize(code);
        this.percentOff = percentOff;
        this.amountOff = amountOff;
        this.minimumSpend = Objects.requireNonNull(minimumSpend, "minimumSpend");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        this.validUntil = Objects.requireNonNull(validUntil, "validUntil");
        if (!validFrom.isBefore(validUntil)) {
            throw new IllegalArgumentException("a promo code's window must not be empty");
        }
    }

    /** {@code percent} off (10 is ten per cent), e.g. {@code WELCOME10}. */
    public static PromoCode percentOff(String code, BigDecimal percent, BigDecimal minimumSpend,
                                       Instant validFrom, Instant validUntil) {
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("percent must be in (0, 100]");
        }
        return new PromoCode(code, percent, null, minimumSpend, validFrom, validUntil);
    }

    /** A fixed amount off (in the deployment's currency). */
    public static PromoCode amountOff(String code, BigDecimal amount, BigDecimal minimumSpend,
                                      Instant validFrom, Instant validUntil) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        return new PromoCode(code, null, amount, minimumSpend, validFrom, validUntil);
    }

    /** Codes compare without regard to case or surrounding blanks. */
    public static String normalize(String code) {
        return Objects.requireNonNull(code, "code").trim().toUpperCase(Locale.ROOT);
    }

    /** Refuses the code outside its validity window ({@code validFrom} inclusive, {@code validUntil} exclusive). */
    public void requireValidAt(Instant at) {
        if (at.isBefore(validFrom)) {
            throw PromoCodeRefused.notYetValid(code);
        }
        if (!at.isBefore(validUntil)) {
            throw PromoCodeRefused.expired(code);
        }
    }

    /** Refuses the code when the subtotal does not reach its minimum spend. */
    public void requireMinimumSpend(Money subtotal) {
        Money minimum = new Money(minimumSpend, subtotal.currency());
        if (!subtotal.isAtLeast(minimum)) {
            throw PromoCodeRefused.belowMinimumSpend(code, minimum);
        }
    }

    /** What the code takes off {@code amount}: never more than the amount itself. */
    public Money discountOn(Money amount) {
        Money off = percentOff != null
                ? amount.times(percentOff.divide(HUNDRED))
                : new Money(amountOff, amount.currency());
        return off.min(amount);
    }

    public String code() {
        return code;
    }
}
