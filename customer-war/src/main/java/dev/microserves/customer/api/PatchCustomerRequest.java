package dev.microserves.customer.api;

import dev.microserves.customer.domain.Tier;
import dev.microserves.support.text.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partial update: a new {@code name}, and (admin only) a new {@code tier}. Absent fields stay. */
@Schema(example = "{\"name\": \"Ada King\"}")
public record PatchCustomerRequest(
        @Text(min = 1, max = 200) String name,
        Tier tier) {
}
