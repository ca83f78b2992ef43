package dev.microserves.support.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Applies {@link Text}: length first, then characters, then blankness, then the pattern. */
public class TextValidator implements ConstraintValidator<Text, CharSequence> {

    private Text rule;
    private Pattern pattern;

    @Override
    public void initialize(Text rule) {
        this.rule = rule;
        this.pattern = rule.pattern().isEmpty() ? null : Pattern.compile(rule.pattern());
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        String problem = problemWith(value);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // A literal message: no interpolation of anything derived from the input.
        context.buildConstraintViolationWithTemplate(escape(problem)).addConstraintViolation();
        return false;
    }

    /** What is wrong with the value, or {@code null} if nothing is. */
    String problemWith(CharSequence value) {
        if (value == null) {
            return null;
        }
        if (value.length() > rule.max() || value.length() < rule.min()) {
            return rule.min() > 0
                    ? "size must be between " + rule.min() + " and " + rule.max()
                    : "size must be at most " + rule.max();
        }
        if (TextRules.firstForbidden(value, rule.multiline()) >= 0) {
            return rule.multiline() ? TextRules.LINE_TEXT_CONTROL_CHARACTERS_MESSAGE : TextRules.CONTROL_CHARACTERS_MESSAGE;
        }
        if (!rule.blankAllowed() && TextRules.isBlank(value)) {
            return "must not be blank";
        }
        if (pattern != null && !pattern.matcher(value).matches()) {
            return rule.patternMessage();
        }
        return null;
    }

    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
