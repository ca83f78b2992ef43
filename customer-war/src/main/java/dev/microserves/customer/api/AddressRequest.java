package dev.microserves.customer.api;

import dev.microserves.customer.domain.Address;
import dev.microserves.support.text.Text;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new address. {@code country} is an ISO 3166-1 alpha-2 code such as {@code DE} or {@code US}. */
@Schema(example = "{\"label\": \"home\", \"line1\": \"12 Analytical Row\", \"city\": \"London\", \"postalCode\": \"NW1 2DB\", \"country\": \"GB\"}")
public record AddressRequest(
        @NotNull @Text(max = 60) String label,
        @NotNull @Text(max = 200) String line1,
        @Text(max = 200) String line2,
        @NotNull @Text(max = 100) String city,
        @NotNull @Text(max = 20, pattern = "[A-Za-z0-9 -]+", patternMessage = "must be letters, digits, spaces or dashes") String postalCode,
        @NotNull @Text(max = 2, pattern = "[A-Za-z]{2}", patternMessage = "must be an ISO 3166-1 alpha-2 country code") String country) {

    Address.Details toDetails() {
        if (!Address.isCountry(country)) {
            throw dev.microserves.support.problem.ProblemException.validation("country",
                    "must be an ISO 3166-1 alpha-2 country code");
        }
        return new Address.Details(label, line1, line2, city, postalCode, country);
    }
}
