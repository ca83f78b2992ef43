package dev.microserves.customer.api;

import dev.microserves.customer.domain.PasswordHasher;
import dev.microserves.support.text.EmailAddress;
import dev.microserves.support.text.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Registration: name, email, a password of at least 12 characters, optionally a shipping address.
 * A password may be all spaces (it is a secret, not a name), but it holds no control characters.
 */
@Schema(example = "{\"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\", \"password\": \"correct horse battery\", \"shippingAddress\": {\"label\": \"home\", \"line1\": \"12 Analytical Row\", \"city\": \"London\", \"postalCode\": \"NW1 2DB\", \"country\": \"GB\"}}")
public record RegisterCustomerRequest(
        @NotNull @Text(max = 200) String name,
        @NotNull @EmailAddress String email,
        @NotNull @Text(min = PasswordHasher.MIN_PASSWORD_LENGTH, max = 128, blankAllowed = true) String password,
        @Valid AddressRequest shippingAddress) {
}
