package dev.microserves.payment.api;

import dev.microserves.payment.service.PaymentService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A charge: which order, whose, how much, and how it is paid. */
@Schema(name = "ChargeRequest", example = "{\"orderId\": \"3f1c2b9a-6d4e-4f5a-8b7c-9d0e1f2a3b4c\", \"customerId\": \"7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d\", \"amount\": {\"amount\": \"15.00\", \"currency\": \"USD\"}, \"method\": {\"type\": \"CARD\", \"token\": \"tok_4eC39HqLyjWDarjtT1zdp7dcAbCdEfGh\"}}")
public record ChargeRequest(
        @NotNull UUID orderId,
        @NotNull UUID customerId,
        @NotNull @Valid MoneyJson amount,
        @NotNull @Valid MethodRequest method) {

    PaymentService.ChargeCommand toCommand() {
        return new PaymentService.ChargeCommand(orderId, customerId, amount.toPositiveMoney("amount"), method.toDetails());
    }
}
