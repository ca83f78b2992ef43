package dev.microserves.edge.domain;

/** Whether a request may go on; if not, in how many whole seconds the client may try again. */
public record Admission(boolean allowed, long retryAfterSeconds) {

    static final Admission ALLOWED = new Admission(true, 0);

    static Admission refused(long retryAfterSeconds) {
        return new Admission(false, Math.max(1, retryAfterSeconds));
    }
}
