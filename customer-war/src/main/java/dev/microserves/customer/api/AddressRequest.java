package dev.microserves.customer.api;

import dev.microserves.customer.domain.Address;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new address. {@code country} is an ISO 3166-1 alpha-2 code such as {@code DE} or {@code US}. */
public record AddressRequest(
        @NotBlank @Size(max = 60) @Pattern(regexp = TextRules.NO_CONTROL_CHARS, message = TextRules.NO_CONTROL_CHARS_MESSAGE) String label,
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.NO_CONTROL_CHARS, message = TextRules.NO_CONTROL_CHARS_MESSAGE) String line1,
        @Size(max = 200) @Pattern(regexp = TextRules.NO_CONTROL_CHARS, message = TextRules.NO_CONTROL_CHARS_MESSAGE) String line2,
        @NotBlank @Size(max = 100) @Pattern(regexp = TextRules.NO_CONTROL_CHARS, message = TextRules.NO_CONTROL_CHARS_MESSAGE) String city,
        @NotBlank @Size(max = 20) @Pattern(regexp = "^[A-Za-z0-9 -]+$", message = "must be letters, digits, spaces or dashes") String postalCode,
        @NotBlank @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be an ISO 3166-1 alpha-2 country code") String country) {

    Address.Details toDetails() {
        if (!Address.isCountry(country)) {
            throw dev.microserves.support.problem.ProblemException.validation("country",
                    "must be an ISO 3166-1 alpha-2 country code");
        }
        return new Address.Details(label, line1, line2, city, postalCode, country);
    }
}
