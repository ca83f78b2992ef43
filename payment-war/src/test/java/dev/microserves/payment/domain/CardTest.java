package dev.microserves.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.microserves.support.problem.FieldError;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @ParameterizedTest
    @ValueSource(strings = {"4242424242424242", "4000000000000002", "4000000000009995", "4000000000000069",
            "4000000000000119", "5555555555554444", "378282246310005", "6011111111111117"})
    void theContractsTestCardsAndOtherRealNumbersPassTheLuhnCheck(String number) {
        assertThat(Card.passesLuhn(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4242424242424241", "4000000000000003", "1234567890123456", "378282246310006"})
    void aMistypedNumberFailsTheLuhnCheck(String number) {
        assertThat(Card.passesLuhn(number)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "4242424242424242, VISA",
            "4222222222222, VISA",
            "5555555555554444, MASTERCARD",
            "2223003122003222, MASTERCARD",
            "378282246310005, AMEX",
            "371449635398431, AMEX",
            "6011111111111117, DISCOVER",
            "6445644564456445, DISCOVER",
            "3056930009020004, DINERS",
            "36227206271667, DINERS",
            "3566002020360505, JCB",
            "6200000000000005, UNIONPAY"})
    void recognisesTheBrandFromTheNumber(String number, CardBrand brand) {
        assertThat(Card.of(number, 12, 2030, "123", NOW).brand()).isEqualTo(brand);
    }

    @Test
    void keepsTheLastFourDigitsAndTheExpiryAndIgnoresSeparators() {
        Card card = Card.of("4242 4242-4242 4242", 1, 2030, "123", NOW);

        assertThat(card.number()).isEqualTo("4242424242424242");
        assertThat(card.last4()).isEqualTo("4242");
        assertThat(card.expiry()).isEqualTo(YearMonth.of(2030, 1));
        assertThat(card.brand().apiName()).isEqualTo("visa");
    }

    @Test
    void aCardIsValidThroughItsExpiryMonthAndExpiredAfter() {
        assertThat(Card.of("4242424242424242", 11, 2026, "123", NOW).expiry()).isEqualTo(NOW);

        assertThat(errorsOf(() -> Card.of("4242424242424242", 10, 2026, "123", NOW)))
                .containsExactly(new FieldError("expYear", "the card has expired"));
    }

    @Test
    void reportsEveryProblemAtOnceByField() {
        assertThat(errorsOf(() -> Card.of(null, null, null, null, NOW))).extracting(FieldError::field)
                .containsExactly("number", "expMonth", "expYear", "cvc");
        assertThat(errorsOf(() -> Card.of("4242", 13, 1999, "12", NOW))).containsExactly(
                new FieldError("number", "must be 12 to 19 digits"),
                new FieldError("expMonth", "must be between 1 and 12"),
                new FieldError("expYear", "must be between 2000 and 2100"),
                new FieldError("cvc", "must be 3 or 4 digits"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "12345", "12a", "1 23", ""})
    void theCvcIsThreeOrFourDigits(String cvc) {
        assertThat(errorsOf(() -> Card.of("4242424242424242", 12, 2030, cvc, NOW)))
                .containsExactly(new FieldError("cvc", "must be 3 or 4 digits"));
        assertThat(Card.of("378282246310005", 12, 2030, "1234", NOW).brand()).isEqualTo(CardBrand.AMEX);
    }

    @Test
    void refusesNumbersThatFailLuhnOrBelongToNoAcceptedBrandOrHaveTheWrongLength() {
        assertThat(errorsOf(() -> Card.of("4242424242424241", 12, 2030, "123", NOW)))
                .containsExactly(new FieldError("number", "is not a valid card number"));
        assertThat(errorsOf(() -> Card.of("9999999999999995", 12, 2030, "123", NOW)))
                .containsExactly(new FieldError("number", "is not a card brand we accept"));
        // A 15-digit Luhn-valid number starting with 4: no Visa is 15 digits long.
        assertThat(errorsOf(() -> Card.of("424242424242424", 12, 2030, "123", NOW)))
                .containsExactly(new FieldError("number", "is not a card brand we accept"));
        assertThat(errorsOf(() -> Card.of("4242\u00004242", 12, 2030, "123", NOW)))
                .containsExactly(new FieldError("number", "must be 12 to 19 digits"));
    }

    @Test
    void anEntryLongerThanAnyCardIsRefusedWithoutBeingReadAndSoAreLongCvcs() {
        assertThat(errorsOf(() -> Card.of("4".repeat(1_000_000), 12, 2030, "9".repeat(1_000_000), NOW)))
                .containsExactly(new FieldError("number", "must be 12 to 19 digits"),
                        new FieldError("cvc", "must be 3 or 4 digits"));
        // 19 digits with a separator between each two is the longest entry there is.
        assertThat(Card.of("4 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 6", 12, 2030, "123", NOW).last4()).isEqualTo("0006");
        assertThat(errorsOf(() -> Card.of(" 4 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 6", 12, 2030, "123", NOW)))
                .containsExactly(new FieldError("number", "must be 12 to 19 digits"));
    }

    @Test
    void neitherARefusalNorToStringEverRepeatsTheNumberOrCvc() {
        Card card = Card.of("4000000000009995", 12, 2030, "7373", NOW);
        assertThat(card.toString()).isEqualTo("visa card ending 9995").doesNotContain("4000000000009995", "7373");

        InvalidCard refusal = catchProblem(() -> Card.of("4000000000009996", 12, 2020, "73a", NOW));
        assertThat(refusal.getMessage() + refusal.extensions())
                .doesNotContain("4000000000009996", "73a", "2020");
    }

    private static List<FieldError> errorsOf(ThrowingCallable action) {
        InvalidCard refusal = catchProblem(action);
        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.slug()).isEqualTo("validation");
        @SuppressWarnings("unchecked")
        List<FieldError> errors = (List<FieldError>) refusal.extensions().get("errors");
        return errors;
    }

    private static InvalidCard catchProblem(ThrowingCallable action) {
        InvalidCard refusal = catchThrowableOfType(InvalidCard.class, action);
        assertThat(refusal).as("refused as an invalid card").isNotNull();
        return refusal;
    }
}
