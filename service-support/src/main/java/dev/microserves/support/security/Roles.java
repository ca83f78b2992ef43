package dev.microserves.support.security;

/** The role names carried in a token's {@code groups} claim. */
public final class Roles {
    public static final String CUSTOMER = "customer";
    public static final String ADMIN = "admin";
    public static final String SERVICE = "service";

    private Roles() {
    }
}
