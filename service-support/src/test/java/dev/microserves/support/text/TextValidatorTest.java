package dev.microserves.support.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TextValidatorTest {

    record Sample(
            @Text(max = 10) String name,
            @Text(min = 2, max = 5, pattern = "[A-Z]+", patternMessage = "must be capitals") String code,
            @Text(max = 50, multiline = true, blankAllowed = true) String notes,
            @Text(max = 20, pattern = "(a+)+b") String backtracking) {
    }

    private static TextValidator validatorFor(int component) {
        TextValidator validator = new TextValidator();
        validator.initialize(Sample.class.getRecordComponents()[component].getAnnotation(Text.class));
        return validator;
    }

    @Test
    void checksLengthBeforeAnythingElse() {
        assertThat(validatorFor(0).problemWith("x".repeat(11))).isEqualTo("size must be at most 10");
        assertThat(validatorFor(1).problemWith("A")).isEqualTo("size must be between 2 and 5");
        assertThat(validatorFor(0).problemWith("\u0000".repeat(11))).isEqualTo("size must be at most 10");
    }

    @Test
    void refusesControlCharactersThenBlanksThenThePattern() {
        assertThat(validatorFor(0).problemWith("Ada\u001B[2J")).isEqualTo(TextRules.CONTROL_CHARACTERS_MESSAGE);
        assertThat(validatorFor(0).problemWith("   ")).isEqualTo("must not be blank");
        assertThat(validatorFor(1).problemWith("abc")).isEqualTo("must be capitals");
        assertThat(validatorFor(1).problemWith("ABC")).isNull();
    }

    @Test
    void multilineTextMayBeBlankAndKeepLineBreaks() {
        assertThat(validatorFor(2).problemWith("")).isNull();
        assertThat(validatorFor(2).problemWith("one\ntwo")).isNull();
        assertThat(validatorFor(2).problemWith("one\u007Ftwo")).isEqualTo(TextRules.LINE_TEXT_CONTROL_CHARACTERS_MESSAGE);
    }

    @Test
    void aBacktrackingPatternNeverSeesAValuePastItsLimit() {
        String hostile = "a".repeat(100_000);
        String problem = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> validatorFor(3).problemWith(hostile));
        assertThat(problem).isEqualTo("size must be at most 20");
    }

    @Test
    void nullIsLeftToNotNull() {
        assertThat(validatorFor(0).problemWith(null)).isNull();
    }
}
