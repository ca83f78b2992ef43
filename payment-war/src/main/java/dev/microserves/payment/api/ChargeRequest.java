package dev.microserves.payment.api;

import dev.microserves.payment.service.PaymentService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A charge: which order, whose, how much, and how it is paid. */
@Schema(name = "ChargeRequest")
public record ChargeRequest(
        @NotNull UUID orderId,
        @NotNull UUID customerId,
        @NotNull @Valid MoneyJson amount,
        @NotNull @Valid MethodRequest method) {

    PaymentService.ChargeCommand toCommand() {
        return new PaymentService.ChargeCommand(orderId, customerId, amount.toPositiveMoney("amount"), method.toDetails());
    }
}
