package dev.microserves.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private final UUID customer = UUID.randomUUID();

    @Test
    void startsPendingAndRecordsOneOutcome() {
        Payment payment = payment("50.00");
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);

        payment.record(new ChargeOutcome.Captured("ch_1"));

        assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(payment.gatewayReference()).isEqualTo("ch_1");
        assertThatThrownBy(() -> payment.record(new ChargeOutcome.Declined("card_declined")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recordsDeclinesAndFailures() {
        Payment declined = payment("50.00");
        declined.record(new ChargeOutcome.Declined("insufficient_funds"));
        Payment failed = payment("50.00");
        failed.record(new ChargeOutcome.Failed("gateway down"));

        assertThat(declined.status()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(declined.declineCode()).isEqualTo("insufficient_funds");
        assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo("gateway down");
    }

    @Test
    void refundsInPartsUpToTheCaptureAndNeverBeyond() {
        Payment payment = captured("100.00");

        Refund first = payment.refund(Money.of("30.00", "USD"), "damaged box");
        Refund rest = payment.refund(null, "order cancelled");

        assertThat(first.amount()).isEqualTo(Money.of("30.00", "USD"));
        assertThat(first.paymentId()).isEqualTo(payment.id());
        assertThat(rest.amount()).isEqualTo(Money.of("70.00", "USD"));
        assertThat(payment.refunded()).isEqualTo(Money.of("100.00", "USD"));
        assertThat(payment.refundable().isZero()).isTrue();
        assertThatThrownBy(() -> payment.refund(Money.of("0.01", "USD"), "again"))
                .isInstanceOf(RefundExceedsCapture.class);
        assertThatThrownBy(() -> payment.refund(null, "again")).isInstanceOf(RefundExceedsCapture.class);
    }

    @Test
    void refusesARefundAboveWhatIsLeftAndNamesWhatIsLeft() {
        Payment payment = captured("19.99");
        payment.refund(Money.of("10.00", "USD"), "partial");

        assertThatThrownBy(() -> payment.refund(Money.of("10.00", "USD"), "too much"))
                .isInstanceOfSatisfying(RefundExceedsCapture.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(409);
                    assertThat(refusal.extensions().get("refundable").toString()).contains("9.99");
                });
        assertThat(payment.refunded()).isEqualTo(Money.of("10.00", "USD"));
    }

    @Test
    void refundsOnlyCapturedPaymentsInTheirCurrency() {
        Payment declined = payment("10.00");
        declined.record(new ChargeOutcome.Declined("card_declined"));

        assertThatThrownBy(() -> declined.refund(null, "nothing to give back")).isInstanceOf(PaymentNotCaptured.class);
        assertThatThrownBy(() -> payment("10.00").refund(null, "still pending")).isInstanceOf(PaymentNotCaptured.class);
        assertThatThrownBy(() -> captured("10.00").refund(Money.of("1.00", "EUR"), "wrong money"))
                .isInstanceOf(UnsupportedCurrency.class);
    }

    @Test
    void refusesAZeroPaymentAndKnowsItsOwnCharge() {
        assertThatThrownBy(() -> payment("0.00")).isInstanceOf(IllegalArgumentException.class);

        Payment payment = payment("10.00");
        assertThat(payment.isSameChargeAs(customer, Money.of("10.00", "USD"))).isTrue();
        assertThat(payment.isSameChargeAs(customer, Money.of("10.01", "USD"))).isFalse();
        assertThat(payment.isSameChargeAs(UUID.randomUUID(), Money.of("10.00", "USD"))).isFalse();
        assertThat(payment.isPendingSince(Instant.now().plusSeconds(1))).isTrue();
        assertThat(payment.isPendingSince(Instant.now().minusSeconds(60))).isFalse();
    }

    private Payment captured(String amount) {
        Payment payment = payment(amount);
        payment.record(new ChargeOutcome.Captured("ch_x"));
        return payment;
    }

    private Payment payment(String amount) {
        return Payment.start(UUID.randomUUID(), customer, Money.of(amount, "USD"),
                PaymentMethod.payPal("PAYPAL", PayPalAgreement.link("payer@example.com", UUID.randomUUID())), "paypal");
    }
}
