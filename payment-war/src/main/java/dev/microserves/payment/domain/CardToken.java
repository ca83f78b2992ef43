package dev.microserves.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * What stands for a card once it is tokenized: the token, what may be shown of the card (brand,
 * last four digits, expiry), and the card gateway's own reference for charging it. Not the number,
 * not the cvc. A token a customer created can only pay for that customer; one an admin created
 * belongs to no one in particular.
 */
@Entity
@Table(name = "card_tokens")
public class CardToken {

    public static final String PREFIX = "tok_";

    @Id
    @Column(length = 40)
    private String token;

    @Column(name = "customer_id")
    private UUID customerId;

    @Column(nullable = false, length = 20)
    private String brand;

    @Column(nullable = false, length = 4)
    private String last4;

    @Column(name = "exp_month", nullable = false)
    private int expMonth;

    @Column(name = "exp_year", nullable = false)
    private int expYear;

    @Column(name = "gateway_profile", nullable = false, length = 32)
    private String gatewayProfile;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CardToken() {
        // for JPA
    }

    private CardToken(Card card, String gatewayProfile, UUID customerId) {
        this.token = Tokens.next(PREFIX);
        this.customerId = customerId;
        this.brand = card.brand().apiName();
        this.last4 = card.last4();
        this.expMonth = card.expiry().getMonthValue();
        this.expYear = card.expiry().getYear();
        this.gatewayProfile = Objects.requireNonNull(gatewayProfile, "gatewayProfile");
        this.createdAt = Clock.now();
    }

    /**
     * A new token for a checked card, holding the gateway's reference for it.
     *
     * @param customerId the customer it belongs to; null when an admin tokenizes a card for anyone
     */
    public static CardToken issue(Card card, String gatewayProfile, UUID customerId) {
        return new CardToken(card, gatewayProfile, customerId);
    }

    /** Whether this token may pay for the given customer. */
    public boolean usableBy(UUID payingCustomerId) {
        return customerId == null || customerId.equals(payingCustomerId);
    }

    /** Whether the token has the shape of a card token (not whether one exists). */
    public static boolean isToken(String candidate) {
        return candidate != null && Tokens.hasShape(candidate, PREFIX);
    }

    public String token() {
        return token;
    }

    public UUID customerId() {
        return customerId;
    }

    public String brand() {
        return brand;
    }

    public String last4() {
        return last4;
    }

    public int expMonth() {
        return expMonth;
    }

    public int expYear() {
        return expYear;
    }

    public YearMonth expiry() {
        return YearMonth.of(expYear, expMonth);
    }

    public String gatewayProfile() {
        return gatewayProfile;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
