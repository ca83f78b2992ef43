package dev.microserves.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A postal address of a customer's, by label ("Home", "Office"); orders ship to one of them. */
@Entity
@Table(name = "addresses")
public class Address {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** What an address says, checked: every field but line2 present, country ISO 3166-1 alpha-2. */
    public record Details(String label, String line1, String line2, String city, String postalCode, String country) {
        public Details {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(line1, "line1");
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(postalCode, "postalCode");
            country = Objects.requireNonNull(country, "country").toUpperCase(Locale.ROOT);
            if (!isCountry(country)) {
                throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code");
            }
        }
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(nullable = false, length = 60)
    private String label;

    @Column(nullable = false, length = 200)
    private String line1;

    @Column(length = 200)
    private String line2;

    @Column(nullable = false, length = 100)
    private String city;

    @Column(name = "postal_code", nullable = false, length = 20)
    private String postalCode;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Address() {
        // for JPA
    }

    Address(Customer customer, Details details) {
        this.id = UUID.randomUUID();
        this.customer = customer;
        this.label = details.label().trim();
        this.line1 = details.line1().trim();
        this.line2 = details.line2() == null || details.line2().isBlank() ? null : details.line2().trim();
        this.city = details.city().trim();
        this.postalCode = details.postalCode().trim();
        this.country = details.country();
        this.createdAt = Instant.now();
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code.toUpperCase(Locale.ROOT));
    }

    public UUID id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String city() {
        return city;
    }

    public String postalCode() {
        return postalCode;
    }

    public String country() {
        return country;
    }
}
