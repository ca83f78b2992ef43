package dev.microserves.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Where the order goes, copied from the customer's address book when the order was placed, so
 * that a later change there does not move an order already on its way.
 */
@Embeddable
public class ShippingAddress {

    @Column(name = "ship_label", length = 60)
    private String label;

    @Column(name = "ship_line1", length = 200)
    private String line1;

    @Column(name = "ship_line2", length = 200)
    private String line2;

    @Column(name = "ship_city", length = 100)
    private String city;

    @Column(name = "ship_postal_code", length = 20)
    private String postalCode;

    @Column(name = "ship_country", length = 2)
    private String country;

    protected ShippingAddress() {
        // for JPA
    }

    public ShippingAddress(String label, String line1, String line2, String city, String postalCode, String country) {
        this.label = label;
        this.line1 = Objects.requireNonNull(line1, "line1");
        this.line2 = line2;
        this.city = Objects.requireNonNull(city, "city");
        this.postalCode = Objects.requireNonNull(postalCode, "postalCode");
        this.country = Objects.requireNonNull(country, "country");
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
