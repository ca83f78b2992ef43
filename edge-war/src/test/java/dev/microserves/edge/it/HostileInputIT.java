package dev.microserves.edge.it;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.testing.ApiResponse;
import dev.microserves.testing.HostileInput;
import dev.microserves.testing.HostileInput.Value;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Skus the contract's text rules refuse (too long, very long runs, control, C1 and bidi
 * characters, line breaks): each is a quick 400 problem+json, and no peer is asked about it.
 * Each request has a short client timeout ({@link HostileInput#TIMEOUT}), so a rule that cost
 * more than linear time would fail the test instead of hanging the build.
 */
class HostileInputIT extends StorefrontIT {
    @Test
    void hostileSkusAreRefusedAsInvalidAndNeverReachAPeer() {
        SoftAssertions softly = new SoftAssertions();
        for (Value value : HostileInput.refused("A", 40, "!", false, HostileInput.URL_RUNS)) {
            String path = "/api/storefront/products/" + HostileInput.encode(value.text());
            ApiResponse answer = Storefront.admitted(() -> HostileInput.send("GET", path, null, Map.of(), null));
            if (HostileInput.webContainerRefusesInPath(value.text())) {
                // Liberty's web container refuses C0 controls in a path before any application runs.
                softly.assertThat(answer.status()).as(value.label()).isBetween(400, 499);
                continue;
            }
            HostileInput.assertRefused(softly, value.label(), answer.status(),
                    path.length() > HostileInput.CHANNEL_LIMIT ? null : answer.contentType(), answer.body());
            if (answer.status() != 0) {
                softly.assertThat(answer.status()).as("%s: %s", value.label(), answer).isEqualTo(400);
                softly.assertThat(HostileInput.errorFields(answer)).as(value.label()).containsExactly("sku");
            }
        }
        softly.assertThat(peers.inventory.findAll(anyRequestedFor(anyUrl()))).as("calls to inventory").isEmpty();
        softly.assertThat(peers.recommendation.findAll(anyRequestedFor(anyUrl()))).as("calls to recommendation").isEmpty();
        softly.assertAll();
    }

}
