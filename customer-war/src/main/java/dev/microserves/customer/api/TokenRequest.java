package dev.microserves.customer.api;

import dev.microserves.support.text.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Sign-in: a customer's {@code email} and {@code password}, or a service's {@code clientId} and
 * {@code clientSecret}. Only the text rules apply here (a wrong email is wrong credentials, not a
 * validation error), so that a NUL or an overlong value is a 400 before any work is done.
 */
@Schema(example = "{\"email\": \"ada@example.com\", \"password\": \"correct horse battery\"}")
public record TokenRequest(
        @Text(max = 254) String email,
        @Text(max = 128, blankAllowed = true) String password,
        @Text(max = 100) String clientId,
        @Text(max = 200, blankAllowed = true) String clientSecret) {

    boolean isCustomer() {
        return email != null && password != null && clientId == null && clientSecret == null;
    }

    boolean isService() {
        return clientId != null && clientSecret != null && email == null && password == null;
    }
}
