package dev.microserves.customer.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The versions an {@code If-None-Match} header names (RFC 9110 13.1.2): a list of entity tags,
 * compared weakly ({@code W/"3"} names version 3 too), or {@code *} for any version. A tag that is
 * not one of this service's version tags can match nothing and is ignored, so a malformed header
 * costs at most a normal 200, never an error. Parsing is one pass over the header.
 */
final class IfNoneMatch {

    private static final IfNoneMatch NOTHING = new IfNoneMatch(false, List.of());

    private final boolean any;
    private final List<Long> versions;

    private IfNoneMatch(boolean any, List<Long> versions) {
        this.any = any;
        this.versions = versions;
    }

    static IfNoneMatch parse(String header) {
        if (header == null || header.isBlank()) {
            return NOTHING;
        }
        if (header.trim().equals("*")) {
            return new IfNoneMatch(true, List.of());
        }
        List<Long> versions = new ArrayList<>();
        for (String tag : header.split(",")) {
            Long version = version(tag.trim());
            if (version != null) {
                versions.add(version);
            }
        }
        return versions.isEmpty() ? NOTHING : new IfNoneMatch(false, versions);
    }

    /** Whether the header can match no version at all (absent, empty or unreadable): no need to look. */
    boolean namesNothing() {
        return !any && versions.isEmpty();
    }

    boolean matches(long currentVersion) {
        return any || versions.contains(currentVersion);
    }

    /** The version in {@code "3"} or {@code W/"3"}; null for anything else (unquoted, not a number, too long). */
    private static Long version(String tag) {
        String opaque = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (opaque.length() < 3 || opaque.length() > 21 || opaque.charAt(0) != '"' || opaque.charAt(opaque.length() - 1) != '"') {
            return null;
        }
        String digits = opaque.substring(1, opaque.length() - 1);
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }
}
