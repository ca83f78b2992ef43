package dev.microserves.edge.service;

import dev.microserves.edge.client.CustomerView;
import dev.microserves.edge.client.OrderView;
import dev.microserves.edge.client.RecommendationView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The signed-in customer's page: who they are, their latest orders, what to buy next, which parts are missing. */
@JsonbPropertyOrder({"customer", "recentOrders", "recommendations", "degraded"})
public record MyPage(CustomerView customer, List<OrderView> recentOrders, List<RecommendationView> recommendations,
                     List<String> degraded) {
}
