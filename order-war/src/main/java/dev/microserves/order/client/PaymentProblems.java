package dev.microserves.order.client;

import dev.microserves.order.domain.PaymentDeclined;

/**
 * The payment service's refusals: {@code payment-declined} (with a decline code). Its
 * {@code processor-unavailable} is a failure, but a known one: nothing was captured.
 */
public class PaymentProblems extends RemoteProblemMapper {

    @Override
    protected String peer() {
        return PaymentGateway.PEER;
    }

    @Override
    protected RuntimeException refusalFor(RemoteProblem problem) {
        if (problem.is(402, "payment-declined")) {
            return new PaymentDeclined(problem.body().getString("declineCode", null));
        }
        if (problem.is(503, "processor-unavailable")) {
            return PeerFailure.nothingDone(peer(), "could not reach its payment processor; nothing was captured");
        }
        return null;
    }
}
