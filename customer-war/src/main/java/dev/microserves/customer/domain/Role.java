package dev.microserves.customer.domain;

/** What an account may do; becomes the {@code groups} claim of its tokens. */
public enum Role {
    CUSTOMER("customer"),
    ADMIN("admin");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }
}
