package dev.microserves.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.microserves.payment.gateway.GatewaySimulation;
import dev.microserves.payment.gateway.SimulatedCardGateway;
import dev.microserves.payment.gateway.SimulatedPayPalGateway;
import dev.microserves.support.problem.FieldError;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
    void eachProcessorNamesTheFieldsItsMethodNeeds() {
        assertThat(cards.check(new MethodDetails("CARD", null, "a@b.c"))).containsExactly(
                new FieldError("method.token", "is required for a CARD payment"),
                new FieldError("method.payerEmail", "must not be given for a CARD payment"));
        assertThat(payPal.check(new MethodDetails("PAYPAL", "tok_x", null))).containsExactly(
                new FieldError("method.payerEmail", "is required for a PAYPAL payment"),
                new FieldError("method.token", "must not be given for a PAYPAL payment"));
        assertThat(cards.check(new MethodDetails("CARD", "tok_x", null))).isEmpty();
        assertThat(payPal.check(new MethodDetails("PAYPAL", null, "a@b.c"))).isEmpty();
        assertThat(cards.methodType()).isEqualTo("CARD");
        assertThat(payPal.methodType()).isEqualTo("PAYPAL");
    }

    @Test
    void theCardGatewayDeclinesACardPastItsExpiry() {
        SimulatedCardGateway gateway = new SimulatedCardGateway(INSTANT);
        YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1);

        assertThat(gateway.charge("APPROVE", lastMonth, java.math.BigDecimal.TEN, "USD"))
                .isEqualTo(new dev.microserves.payment.gateway.GatewayResponse.Declined("expired_card"));
    }

    private static PaymentMethod cardMethod(String number) {
        Card card = Card.of(number, 12, YearMonth.now(ZoneOffset.UTC).getYear() + 2, "123", YearMonth.now(ZoneOffset.UTC));
        CardToken token = CardToken.issue(card, new SimulatedCardGateway(INSTANT).enroll(card.number()), null);
        return PaymentMethod.of(new MethodDetails("CARD", token.token(), null), token);
    }

    private static PaymentMethod payPalMethod(String email) {
        return PaymentMethod.of(new MethodDetails("PAYPAL", null, email), null);
    }

    private static PaymentProcessor.Charge charge(PaymentMethod method) {
        return new PaymentProcessor.Charge(UUID.randomUUID(), Money.of("25.00", "USD"), method);
    }
}
