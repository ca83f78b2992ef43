package dev.microserves.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.payment.gateway.GatewaySimulation;
import dev.microserves.payment.gateway.SimulatedCardGateway;
import dev.microserves.payment.gateway.SimulatedPayPalGateway;
import dev.microserves.support.problem.FieldError;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentProcessorsTest {

    private static final GatewaySimulation INSTANT = new GatewaySimulation(Duration.ZERO, 0.0, () -> 0.5, d -> { });
    private static final GatewaySimulation DOWN = new GatewaySimulation(Duration.ZERO, 1.0, () -> 0.5, d -> { });

    private final CreditCardProcessor cards = new CreditCardProcessor(new SimulatedCardGateway(INSTANT));
    private final PayPalProcessor payPal = new PayPalProcessor(new SimulatedPayPalGateway(INSTANT));

    @ParameterizedTest
    @CsvSource({
            "4000000000000002, card_declined",
            "4000000000009995, insufficient_funds",
            "4000000000000069, expired_card"})
    void theDecliningTestCardsAreDeclinedWithTheirCode(String number, String declineCode) {
        assertThat(cards.charge(charge(cardMethod(number)))).isEqualTo(new ChargeOutcome.Declined(declineCode));
    }

    @Test
    void theApprovingTestCardAndOtherCardsAreCaptured() {
        assertThat(cards.charge(charge(cardMethod("4242424242424242"))))
                .isInstanceOfSatisfying(ChargeOutcome.Captured.class,
                        captured -> assertThat(captured.gatewayReference()).startsWith("ch_"));
        assertThat(cards.charge(charge(cardMethod("5555555555554444")))).isInstanceOf(ChargeOutcome.Captured.class);
    }

    @Test
    void theProcessorErrorCardFailsWithoutCapturing() {
        assertThat(cards.charge(charge(cardMethod("4000000000000119")))).isInstanceOf(ChargeOutcome.Failed.class);
    }

    @Test
    void aGatewayThatIsDownFailsEveryCharge() {
        CreditCardProcessor failingCards = new CreditCardProcessor(new SimulatedCardGateway(DOWN));
        PayPalProcessor failingPayPal = new PayPalProcessor(new SimulatedPayPalGateway(DOWN));

        assertThat(failingCards.charge(charge(cardMethod("4242424242424242")))).isInstanceOf(ChargeOutcome.Failed.class);
        assertThat(failingPayPal.charge(charge(payPalMethod("buyer@example.com")))).isInstanceOf(ChargeOutcome.Failed.class);
    }

    @Test
    void payPalDeclinesPayersAtTheDecliningDomainOnly() {
        assertThat(payPal.charge(charge(payPalMethod("someone@DECLINE.test"))))
                .isEqualTo(new ChargeOutcome.Declined("paypal_declined"));
        assertThat(payPal.charge(charge(payPalMethod("someone@example.com"))))
                .isInstanceOfSatisfying(ChargeOutcome.Captured.class,
                        captured -> assertThat(captured.gatewayReference()).startsWith("PAYID-"));
    }

    @Test
    void eachProcessorWantsATokenOfItsOwnKindAndNoPayerEmail() {
        String cardToken = "tok_" + "a".repeat(32);
        String payPalToken = "pp_" + "B".repeat(32);
        assertThat(cards.check(new MethodDetails("CARD", null, "a@b.c"))).containsExactly(
                new FieldError("method.token", "is required for a CARD payment: a card token from POST /api/payment-methods/tokens"),
                new FieldError("method.payerEmail", "must not be given for a CARD payment: its token names the payer"));
        assertThat(payPal.check(new MethodDetails("PAYPAL", null, "a@b.c"))).containsExactly(
                new FieldError("method.token", "is required for a PAYPAL payment: a PayPal token from POST /api/payment-methods/paypal"),
                new FieldError("method.payerEmail", "must not be given for a PAYPAL payment: its token names the payer"));
        assertThat(payPal.check(new MethodDetails("PAYPAL", cardToken, null))).containsExactly(
                new FieldError("method.token", "must be a PayPal token from POST /api/payment-methods/paypal"));
        assertThat(cards.check(new MethodDetails("CARD", payPalToken, null))).containsExactly(
                new FieldError("method.token", "must be a card token from POST /api/payment-methods/tokens"));
        assertThat(cards.check(new MethodDetails("CARD", cardToken + "a", null))).hasSize(1);
        assertThat(payPal.check(new MethodDetails("PAYPAL", "pp_" + "!".repeat(32), null))).hasSize(1);
        assertThat(cards.check(new MethodDetails("CARD", cardToken, null))).isEmpty();
        assertThat(payPal.check(new MethodDetails("PAYPAL", payPalToken, null))).isEmpty();
        assertThat(cards.methodType()).isEqualTo("CARD");
        assertThat(payPal.methodType()).isEqualTo("PAYPAL");
    }

    @Test
    void payPalChargesThePayerOfTheAgreement() {
        PayPalAgreement agreement = PayPalAgreement.link("someone@decline.test", UUID.randomUUID());

        assertThat(agreement.token()).matches("^pp_[A-Za-z0-9]{32}$");
        assertThat(PayPalAgreement.isToken(agreement.token())).isTrue();
        assertThat(payPal.charge(charge(PaymentMethod.payPal("PAYPAL", agreement))))
                .isEqualTo(new ChargeOutcome.Declined("paypal_declined"));
        assertThat(agreement.usableBy(agreement.customerId())).isTrue();
        assertThat(agreement.usableBy(UUID.randomUUID())).isFalse();
    }

    @Test
    void theCardGatewayDeclinesACardPastItsExpiry() {
        SimulatedCardGateway gateway = new SimulatedCardGateway(INSTANT);
        YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1);

        assertThat(gateway.charge(UUID.randomUUID().toString(), "APPROVE", lastMonth, java.math.BigDecimal.TEN, "USD"))
                .isEqualTo(new dev.microserves.payment.gateway.GatewayResponse.Declined("expired_card"));
    }

    @Test
    void eachGatewayFindsWhatItDidWithAChargeByItsReference() {
        PaymentProcessor.Charge byCard = charge(cardMethod("4242424242424242"));
        PaymentProcessor.Charge byPayPal = charge(payPalMethod("buyer@example.com"));
        ChargeOutcome cardCapture = cards.charge(byCard);
        ChargeOutcome payPalCapture = payPal.charge(byPayPal);
        PaymentProcessor.Charge declined = charge(cardMethod("4000000000000002"));
        cards.charge(declined);

        assertThat(cards.lookup(byCard)).contains(cardCapture);
        assertThat(payPal.lookup(byPayPal)).contains(payPalCapture);
        assertThat(cards.lookup(declined)).contains(new ChargeOutcome.Declined("card_declined"));
        // Each gateway knows its own charges only.
        assertThat(payPal.lookup(byCard)).containsInstanceOf(ChargeOutcome.Failed.class);
    }

    @Test
    void aChargeTheGatewayNeverTookIsFoundFailed() {
        PaymentProcessor.Charge broken = charge(cardMethod("4000000000000119"));
        cards.charge(broken);
        // The gateway is down for the charge and back for the lookup.
        Iterator<Double> draws = List.of(0.1, 0.9).iterator();
        CreditCardProcessor flaky = new CreditCardProcessor(
                new SimulatedCardGateway(new GatewaySimulation(Duration.ZERO, 0.5, draws::next, d -> { })));
        PaymentProcessor.Charge lostOnTheWay = charge(cardMethod("4242424242424242"));

        assertThat(flaky.charge(lostOnTheWay)).isInstanceOf(ChargeOutcome.Failed.class);
        assertThat(flaky.lookup(lostOnTheWay)).containsInstanceOf(ChargeOutcome.Failed.class);
        assertThat(cards.lookup(broken)).containsInstanceOf(ChargeOutcome.Failed.class);
        assertThat(cards.lookup(charge(cardMethod("4242424242424242")))).containsInstanceOf(ChargeOutcome.Failed.class);
    }

    @Test
    void aGatewayThatCannotTellLeavesTheChargeInDoubt() {
        PaymentProcessor.Charge captured = charge(cardMethod("4242424242424242"));
        cards.charge(captured);

        assertThat(new CreditCardProcessor(new SimulatedCardGateway(DOWN)).lookup(captured)).isEmpty();
        assertThat(new PayPalProcessor(new SimulatedPayPalGateway(DOWN)).lookup(charge(payPalMethod("a@example.com"))))
                .isEmpty();
        // A capture of another amount under the reference is not this charge: never recorded as its.
        PaymentProcessor.Charge otherAmount = new PaymentProcessor.Charge(captured.paymentId(), Money.of("26.00", "USD"),
                captured.method());
        assertThat(cards.lookup(otherAmount)).isEmpty();
    }

    private static PaymentMethod cardMethod(String number) {
        Card card = Card.of(number, 12, YearMonth.now(ZoneOffset.UTC).getYear() + 2, "123", YearMonth.now(ZoneOffset.UTC));
        CardToken token = CardToken.issue(card, new SimulatedCardGateway(INSTANT).enroll(card.number()), null);
        return PaymentMethod.card("CARD", token);
    }

    private static PaymentMethod payPalMethod(String email) {
        return PaymentMethod.payPal("PAYPAL", PayPalAgreement.link(email, UUID.randomUUID()));
    }

    private static PaymentProcessor.Charge charge(PaymentMethod method) {
        return new PaymentProcessor.Charge(UUID.randomUUID(), Money.of("25.00", "USD"), method);
    }
}
