package dev.microserves.customer.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service clients allowed to obtain a {@code service} token, from
 * {@code microserves.service-clients} ({@code id:secret,id:secret}).
 */
@ApplicationScoped
public class ServiceClients {

    @Inject
    @ConfigProperty(name = "microserves.service-clients", defaultValue = "")
    List<String> entries;

    private final Map<String, String> secrets = new HashMap<>();

    @PostConstruct
    void init() {
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            if (colon > 0 && colon < entry.length() - 1) {
                secrets.put(entry.substring(0, colon).trim(), entry.substring(colon + 1).trim());
            }
        }
    }

    public Optional<String> secretOf(String clientId) {
        return Optional.ofNullable(clientId == null ? null : secrets.get(clientId));
    }
}
