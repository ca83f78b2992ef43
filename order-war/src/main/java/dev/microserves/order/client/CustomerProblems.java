package dev.microserves.order.client;

/** The customer service names no refusals of its own; a 404 is told apart by {@link CustomerGateway}. */
public class CustomerProblems extends RemoteProblemMapper {

    @Override
    protected String peer() {
        return CustomerGateway.PEER;
    }

    @Override
    protected RuntimeException refusalFor(RemoteProblem problem) {
        return null;
    }
}
