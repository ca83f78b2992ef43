package dev.microserves.order.api;

import dev.microserves.order.service.Reconciliation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code GET /api/admin/reconciliation}: what was checked, and every breach found. */
public record ReconciliationResponse(int checkedOrders, Instant from, Instant until, boolean complete,
                                     List<BreachResponse> breaches) {

    public record BreachResponse(UUID orderId, String kind, String detail) {
    }

    static ReconciliationResponse of(Reconciliation.Report report) {
        return new ReconciliationResponse(report.checkedOrders(), report.from(), report.until(), report.complete(),
                report.breaches().stream()
                        .map(b -> new BreachResponse(b.orderId(), b.kind().wireName(), b.detail())).toList());
    }
}
