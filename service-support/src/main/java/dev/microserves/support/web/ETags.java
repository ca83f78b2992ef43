package dev.microserves.support.web;

import dev.microserves.support.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/** Strong ETags from an aggregate's {@code version}, and the {@code If-Match} check that guards updates. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an {@code If-Match} header demands, or null when the header is absent or {@code *}.
     * An unreadable header can match nothing, so it fails the precondition.
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "").trim();
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed("If-Match does not match the current version.");
        }
    }

    /** Throws a 412 problem when {@code If-Match} names another version than the current one. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        Long expected = expectedVersion(ifMatch);
        if (expected != null && expected != currentVersion) {
            throw ProblemException.preconditionFailed(
                    "The resource has changed (version " + currentVersion + "); read it again and retry.");
        }
    }
}
