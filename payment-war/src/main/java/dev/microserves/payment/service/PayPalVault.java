package dev.microserves.payment.service;

import dev.microserves.payment.domain.PayPalAgreement;
import dev.microserves.payment.domain.PayPalAgreementNotFound;
import dev.microserves.payment.persistence.PayPalAgreementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The simulated PayPal vault: linking a payer gives a token bound to the customer (as a real
 * billing agreement is), and charges name that token rather than an e-mail.
 */
@ApplicationScoped
public class PayPalVault {

    private static final Logger LOG = Logger.getLogger(PayPalVault.class.getName());

    @Inject
    PayPalAgreementRepository agreements;

    @Transactional
    public PayPalAgreement link(String payerEmail, UUID customerId) {
        PayPalAgreement agreement = PayPalAgreement.link(payerEmail, customerId);
        agreements.save(agreement);
        // The payer's e-mail is personal data: it stays out of the log.
        LOG.info(() -> "Linked a PayPal payer for customer " + customerId);
        return agreement;
    }

    public PayPalAgreement get(String token) {
        return agreements.find(token).orElseThrow(PayPalAgreementNotFound::new);
    }
}
