package dev.microserves.customer.api;

import dev.microserves.customer.domain.Tier;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A partial update: a new {@code name}, and (admin only) a new {@code tier}. Absent fields stay. */
public record PatchCustomerRequest(
        @Size(min = 1, max = 200) @Pattern(regexp = "^[^\\p{Cntrl}]*\\S[^\\p{Cntrl}]*$", message = "must not be blank or contain control characters") String name,
        Tier tier) {
}
