package dev.microserves.customer.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A registered customer (or the admin account). A standard customer has no benefits;
 * {@link PremiumCustomer} overrides {@link #discountRate()} and {@link #freeShipping()}.
 * The tier is the class, stored as the {@code tier} discriminator.
 */
@Entity
@Table(name = "customers")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "tier", length = 16)
@DiscriminatorValue("STANDARD")
public class Customer {

    public static final int MAX_ADDRESSES = 20;
    public static final int MAX_PAYMENT_METHODS = 20;

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 254, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    @BatchSize(size = 100)
    private List<Address> addresses = new ArrayList<>();

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    @BatchSize(size = 100)
    private List<PaymentMethod> paymentMethods = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Customer() {
        // for JPA
    }

    public Customer(String name, String email, String passwordHash, Role role) {
        this.id = UUID.randomUUID();
        rename(name);
        this.email = normalizeEmail(email);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Emails compare case-insensitively: the stored form is trimmed and lower case. */
    public static String normalizeEmail(String email) {
        return Objects.requireNonNull(email, "email").trim().toLowerCase(Locale.ROOT);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        this.name = newName.trim();
        touch();
    }

    public Address addAddress(Address.Details details) {
        if (addresses.size() >= MAX_ADDRESSES) {
            throw new LimitReached("addresses", MAX_ADDRESSES);
        }
        Address address = new Address(this, details);
        addresses.add(address);
        touch();
        return address;
    }

    public void removeAddress(UUID addressId) {
        Address address = address(addressId).orElseThrow(() -> new CustomerPartNotFound("address", addressId));
        addresses.remove(address);
        touch();
    }

    public Optional<Address> address(UUID addressId) {
        return addresses.stream().filter(a -> a.id().equals(addressId)).findFirst();
    }

    public PaymentMethod addPaymentMethod(PaymentMethod.Details details) {
        if (paymentMethods.size() >= MAX_PAYMENT_METHODS) {
            throw new LimitReached("paymentMethods", MAX_PAYMENT_METHODS);
        }
        PaymentMethod method = details.attachTo(this);
        paymentMethods.add(method);
        touch();
        return method;
    }

    public void removePaymentMethod(UUID paymentMethodId) {
        PaymentMethod method = paymentMethods.stream().filter(p -> p.id().equals(paymentMethodId)).findFirst()
                .orElseThrow(() -> new CustomerPartNotFound("payment method", paymentMethodId));
        paymentMethods.remove(method);
        touch();
    }

    /** The share of an order's subtotal this customer gets off; none for a standard customer. */
    public BigDecimal discountRate() {
        return BigDecimal.ZERO.setScale(2);
    }

    /** Whether this customer's orders ship free whatever their total. */
    public boolean freeShipping() {
        return false;
    }

    public Tier tier() {
        return Tier.STANDARD;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public List<Address> addresses() {
        return Collections.unmodifiableList(addresses);
    }

    public List<PaymentMethod> paymentMethods() {
        return Collections.unmodifiableList(paymentMethods);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }
}
