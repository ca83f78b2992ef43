package dev.microserves.customer.api;

import dev.microserves.customer.domain.Address;
import java.util.UUID;

public record AddressResponse(UUID id, String label, String line1, String line2, String city,
                              String postalCode, String country) {

    static AddressResponse of(Address a) {
        return new AddressResponse(a.id(), a.label(), a.line1(), a.line2(), a.city(), a.postalCode(), a.country());
    }
}
