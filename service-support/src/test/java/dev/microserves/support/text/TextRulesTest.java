package dev.microserves.support.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    /** Not a timing assertion: a quadratic check would hang here, and the timeout ends the hang. */
    private static final Duration HANG = Duration.ofSeconds(20);

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F,
            0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069})
    void refusesEveryControlAndBidiClass(int codePoint) {
        assertThat(TextRules.isClean("Ada" + (char) codePoint + "Lovelace")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada Lovelace", "Zoë Ŝtraße", "東京", "O'Brien-Smith", "emoji \uD83D\uDE00 ok", "\u200F\u2060"})
    void acceptsPrintableTextInAnyScript(String text) {
        assertThat(TextRules.isClean(text)).isTrue();
    }

    @Test
    void multilineTextKeepsTabsAndLineBreaksButNothingElse() {
        assertThat(TextRules.firstForbidden("line one\n\tline two\r\n", true)).isEqualTo(-1);
        assertThat(TextRules.firstForbidden("line one\n\u001B[31m", true)).isEqualTo(9);
        assertThat(TextRules.firstForbidden("tab\there", false)).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "a.b+tag@mail.example.co.uk", "x@y.z"})
    void acceptsEmailAddresses(String email) {
        assertThat(TextRules.isEmailAddress(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ada", "@example.com", "ada@", "ada@example", "ada@example.", "ada@.com",
            "ada@example..com", "ada@@example.com", "a@b@c.d", "ada lovelace@example.com", "ada@exa\u0000mple.com"})
    void refusesWhatIsNotAnEmailAddress(String email) {
        assertThat(TextRules.isEmailAddress(email)).isFalse();
    }

    @Test
    void anEmailOfTwoHundredThousandDotsIsRefusedInOnePass() {
        String hostile = "a@" + ".".repeat(200_000) + "@";
        boolean accepted = assertTimeoutPreemptively(HANG, () -> TextRules.isEmailAddress(hostile));
        assertThat(accepted).isFalse();
    }

    @Test
    void blankMeansWhiteSpaceOnly() {
        assertThat(TextRules.isBlank(" \t ")).isTrue();
        assertThat(TextRules.isBlank(" a ")).isFalse();
    }
}
