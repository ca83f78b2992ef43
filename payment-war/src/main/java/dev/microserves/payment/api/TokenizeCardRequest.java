package dev.microserves.payment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A card to tokenize. Checked by the domain ({@code Card}) rather than by annotations, so that no
 * refusal can carry the number or cvc back. Never printed: {@link #toString()} hides both.
 */
@Schema(name = "TokenizeCardRequest", example = "{\"number\": \"4242424242424242\", \"expMonth\": 12, \"expYear\": 2030, \"cvc\": \"123\"}")
public record TokenizeCardRequest(
        @Schema(description = "12 to 19 digits (spaces or dashes between them are ignored); Luhn-checked", example = "4242424242424242")
        String number,
        @Schema(example = "12") Integer expMonth,
        @Schema(example = "2030") Integer expYear,
        @Schema(description = "3 or 4 digits", example = "123") String cvc) {

    @Override
    public String toString() {
        return "TokenizeCardRequest[number=(hidden), expMonth=" + expMonth + ", expYear=" + expYear + ", cvc=(hidden)]";
    }
}
