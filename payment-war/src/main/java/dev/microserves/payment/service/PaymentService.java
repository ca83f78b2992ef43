package dev.microserves.payment.service;

import dev.microserves.payment.domain.ChargeInFlight;
import dev.microserves.payment.domain.ChargeOutcome;
import dev.microserves.payment.domain.MethodDetails;
import dev.microserves.payment.domain.Money;
import dev.microserves.payment.domain.OrderAlreadyPaid;
import dev.microserves.payment.domain.PayPalAgreement;
import dev.microserves.payment.domain.Payment;
import dev.microserves.payment.domain.PaymentDeclined;
import dev.microserves.payment.domain.PaymentMethod;
import dev.microserves.payment.domain.PaymentNotFound;
import dev.microserves.payment.domain.PaymentProcessor;
import dev.microserves.payment.domain.PaymentStatus;
import dev.microserves.payment.domain.ProcessorUnavailable;
import dev.microserves.payment.domain.UnknownPaymentMethod;
import dev.microserves.payment.domain.UnsupportedCurrency;
import dev.microserves.payment.persistence.CardTokenRepository;
import dev.microserves.payment.persistence.PayPalAgreementRepository;
import dev.microserves.payment.persistence.PaymentRepository;
import dev.microserves.support.problem.FieldError;
import dev.microserves.support.problem.ProblemException;
import dev.microserves.support.web.Page;
import dev.microserves.support.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Charging an order, without ever capturing it twice and without a transaction open while the
 * gateway is asked: the order is claimed by a PENDING payment (one statement, against the
 * one-capture-per-order index), the processor charges, and the outcome is recorded. A second charge
 * for an order that is already captured gets that payment back; one for an order being charged
 * right now is told to retry. A charge left pending past the timeout (its request died) is settled
 * by asking its gateway what became of it, never by assuming that nothing was charged.
 */
@ApplicationScoped
public class PaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentService.class.getName());
    private static final int CLAIM_ATTEMPTS = 3;

    @Inject
    Processors processors;

    @Inject
    ChargeLedger ledger;

    @Inject
    CardTokenRepository tokens;

    @Inject
    PayPalAgreementRepository payPalAgreements;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentMetrics metrics;

    @Inject
    @ConfigProperty(name = "microserves.currency", defaultValue = "USD")
    String currency;

    @Inject
    @ConfigProperty(name = "microserves.payment.pending-timeout-seconds", defaultValue = "60")
    long pendingTimeoutSeconds;

    /** A charge as the caller asks for it. */
    public record ChargeCommand(UUID orderId, UUID customerId, Money amount, MethodDetails method) {
    }

    /** The captured payment, and whether this request captured it or found it captured already. */
    public record ChargeResult(Payment payment, boolean created) {
    }

    /**
     * Charges an order once. Returns the captured payment; a declined charge is a
     * {@link PaymentDeclined}, an unreachable gateway a {@link ProcessorUnavailable} (both recorded).
     */
    public ChargeResult charge(ChargeCommand command) {
        PaymentProcessor processor = check(command);
        PaymentMethod method = vaultedMethod(command);
        Payment pending = Payment.start(command.orderId(), command.customerId(), command.amount(), method,
                processor.name());

        Optional<Payment> alreadyCaptured = claimOrder(pending);
        if (alreadyCaptured.isPresent()) {
            return new ChargeResult(alreadyCaptured.get(), false);
        }
        ChargeOutcome outcome = chargeThrough(processor, pending);
        Optional<Payment> recorded = ledger.record(pending.id(), outcome);
        recorded.ifPresent(payment -> metrics.charged(processor.name(), payment.status()));
        Payment payment = recorded.orElseGet(() -> settledMeanwhile(pending, outcome));
        LOG.info(() -> "Payment " + payment.id() + " for order " + payment.orderId() + ": " + payment.status()
                + (payment.declineCode() == null ? "" : " (" + payment.declineCode() + ")"));
        if (payment.status() == PaymentStatus.DECLINED) {
            throw new PaymentDeclined(payment);
        }
        if (payment.status() == PaymentStatus.FAILED) {
            throw new ProcessorUnavailable(payment);
        }
        return new ChargeResult(payment, true);
    }

    /**
     * What can be said of a charge without looking anything up: the deployment's currency, a method
     * type some processor handles, and the fields that processor needs. Callers check before they
     * claim an Idempotency-Key, so that a refused request leaves nothing behind.
     *
     * @return the processor that will charge it
     */
    public PaymentProcessor check(ChargeCommand command) {
        requireDeploymentCurrency(command.amount());
        PaymentProcessor processor = processors.forType(command.method().type());
        List<FieldError> errors = processor.check(command.method());
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return processor;
    }

    public Payment get(UUID id) {
        return payments.find(id).orElseThrow(() -> new PaymentNotFound(id));
    }

    /** Payments by order and/or customer (null: any). */
    public Page<Payment> search(UUID orderId, UUID customerId, PageRequest page) {
        return payments.search(orderId, customerId, page);
    }

    private void requireDeploymentCurrency(Money amount) {
        if (!amount.hasCurrency(currency)) {
            throw new UnsupportedCurrency(amount.currency(), currency);
        }
    }

    /**
     * The card token or PayPal agreement the charge names (the processor has checked the token's
     * shape against the method type), if it may pay for the charge's customer: an unknown token and
     * another customer's are the same 422.
     */
    private PaymentMethod vaultedMethod(ChargeCommand command) {
        String type = command.method().type();
        String token = command.method().token();
        UUID payer = command.customerId();
        if (PayPalAgreement.isToken(token)) {
            return payPalAgreements.find(token).filter(agreement -> agreement.usableBy(payer))
                    .map(agreement -> PaymentMethod.payPal(type, agreement))
                    .orElseThrow(UnknownPaymentMethod::new);
        }
        return tokens.find(token).filter(card -> card.usableBy(payer))
                .map(card -> PaymentMethod.card(type, card))
                .orElseThrow(UnknownPaymentMethod::new);
    }

    /**
     * Makes the pending payment the one that holds its order. Empty when it does; the captured
     * payment when the order is paid already (for this same customer and amount).
     */
    private Optional<Payment> claimOrder(Payment pending) {
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            if (ledger.claimOrder(pending)) {
                return Optional.empty();
            }
            Optional<Payment> holder = ledger.holding(pending.orderId());
            if (holder.isEmpty()) {
                continue; // the holder was declined or failed meanwhile: the order is free again
            }
            Payment held = holder.get();
            if (held.isCaptured()) {
                if (!held.isSameChargeAs(pending.customerId(), pending.amount())) {
                    throw new OrderAlreadyPaid(held);
                }
                return Optional.of(held);
            }
            Instant cutoff = Instant.now().minus(Duration.ofSeconds(pendingTimeoutSeconds));
            if (held.isPendingSince(cutoff) && settleAbandoned(held, cutoff)) {
                continue; // captured (the next look returns it) or ended (the order is free again)
            }
            throw new ChargeInFlight(pending.orderId());
        }
        throw new ChargeInFlight(pending.orderId());
    }

    /**
     * Settles a payment whose request died between sending the charge and recording the answer, by
     * what its gateway did: captured, declined, or never made (FAILED). False when the gateway
     * cannot tell now: the payment stays pending and holds its order, so the caller hears "in
     * flight", never "nothing was charged" on a guess.
     */
    private boolean settleAbandoned(Payment held, Instant cutoff) {
        Optional<ChargeOutcome> found = lookUp(held);
        if (found.isEmpty()) {
            LOG.warning(() -> "Payment " + held.id() + " stayed pending past the timeout and its gateway cannot say "
                    + "what became of it; order " + held.orderId() + " stays in doubt");
            return false;
        }
        ledger.settleIfPendingSince(held.id(), cutoff, found.get()).ifPresent(settled -> {
            metrics.charged(settled.processor(), settled.status());
            LOG.warning(() -> "Payment " + settled.id() + " stayed pending past the timeout; its gateway says "
                    + found.get() + ", so it is " + settled.status());
        });
        return true;
    }

    /** What the gateway did with the payment's charge; empty when it cannot tell (or the lookup breaks). */
    private Optional<ChargeOutcome> lookUp(Payment payment) {
        try {
            return processors.thatCharged(payment).lookup(PaymentProcessor.Charge.of(payment));
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Looking up payment " + payment.id() + " at its gateway failed", failure);
            return Optional.empty();
        }
    }

    /**
     * The payment as another request settled it, when this one outlived the pending timeout: what
     * the gateway told that request stands, so this one answers the same.
     */
    private Payment settledMeanwhile(Payment pending, ChargeOutcome outcome) {
        Payment settled = get(pending.id());
        LOG.severe(() -> "Payment " + pending.id() + " was settled as " + settled.status() + " before its outcome ("
                + outcome + ") could be recorded; raise microserves.payment.pending-timeout-seconds");
        return settled;
    }

    /** The processor's answer; a processor that breaks counts as a failed charge, never as a stuck one. */
    private ChargeOutcome chargeThrough(PaymentProcessor processor, Payment pending) {
        try {
            return processor.charge(PaymentProcessor.Charge.of(pending));
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Processor " + processor.name() + " failed on payment " + pending.id(), failure);
            return new ChargeOutcome.Failed("processor error");
        }
    }
}
