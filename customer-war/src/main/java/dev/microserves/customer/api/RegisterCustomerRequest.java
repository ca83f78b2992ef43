package dev.microserves.customer.api;

import dev.microserves.customer.domain.PasswordHasher;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Registration: name, email, a password of at least 12 characters, optionally a shipping address. */
public record RegisterCustomerRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.NO_CONTROL_CHARS, message = TextRules.NO_CONTROL_CHARS_MESSAGE) String name,
        @NotBlank @Size(max = 254) @Pattern(regexp = TextRules.EMAIL, message = "must be an email address") String email,
        @NotNull @Size(min = PasswordHasher.MIN_PASSWORD_LENGTH, max = 128) String password,
        @Valid AddressRequest shippingAddress) {
}
