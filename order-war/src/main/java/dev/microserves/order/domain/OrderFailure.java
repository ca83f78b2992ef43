package dev.microserves.order.domain;

import dev.microserves.support.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Why an order is being (or was) rejected, kept as the problem the client is answered with: its
 * HTTP status, slug, title, detail and extension members (JSON, e.g. {@code shortages}). A client
 * retrying with the same Idempotency-Key after recovery finished the order gets the same answer.
 */
@Embeddable
public class OrderFailure {

    @Column(name = "failure_status")
    private Integer status;

    @Column(name = "failure_code", length = 64)
    private String code;

    @Column(name = "failure_title", length = 100)
    private String title;

    @Column(name = "failure_reason", length = 500)
    private String reason;

    @Column(name = "failure_details", columnDefinition = "text")
    private String detailsJson;

    protected OrderFailure() {
        // for JPA
    }

    public OrderFailure(int status, String code, String title, String reason, String detailsJson) {
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.title = truncate(Objects.requireNonNull(title, "title"), 100);
        this.reason = truncate(reason, 500);
        this.detailsJson = detailsJson;
    }

    /** The failure a refusal describes; {@code detailsJson} carries its extension members. */
    public static OrderFailure of(ProblemException problem, String detailsJson) {
        return new OrderFailure(problem.status(), problem.slug(), problem.title(), problem.detail(), detailsJson);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String reason() {
        return reason;
    }

    public String detailsJson() {
        return detailsJson;
    }

    /** A failure of the system rather than a refusal of the order: trying again may succeed. */
    public boolean isTransient() {
        return status >= 500;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
