package dev.microserves.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rotating the admin password is a configuration change: the next start applies it. */
class AdminPasswordRotationSystemIT {

    private static final String DEVELOPMENT_PASSWORD = "admin-dev-password";
    private static final String ROTATED_PASSWORD = "rotated-admin-password-2026";

    @Test
    void theConfiguredAdminPasswordIsAppliedAtTheNextStartAndTheOldOneStopsWorking() throws Exception {
        RunningSystem.launcher().restartService("customer", Map.of("MICROSERVES_ADMIN_PASSWORD", ROTATED_PASSWORD));
        try {
            assertThat(signIn(ROTATED_PASSWORD)).isEqualTo(200);
            assertThat(signIn(DEVELOPMENT_PASSWORD)).isEqualTo(401);
        } finally {
            // Back to the default for the other system tests, which sign in as the admin.
            RunningSystem.launcher().restartService("customer", Map.of());
        }
        assertThat(signIn(DEVELOPMENT_PASSWORD)).isEqualTo(200);
        assertThat(signIn(ROTATED_PASSWORD)).isEqualTo(401);
    }

    private static int signIn(String password) {
        return RunningSystem.customer().post("/api/auth/token",
                Map.of("email", "admin@microserves.dev", "password", password)).status();
    }
}
