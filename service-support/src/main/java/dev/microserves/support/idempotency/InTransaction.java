package dev.microserves.support.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Runs a piece of work in one transaction (joining the caller's, if it has one). */
@ApplicationScoped
public class InTransaction {

    @Transactional
    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
