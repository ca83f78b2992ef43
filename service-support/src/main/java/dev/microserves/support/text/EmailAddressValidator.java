package dev.microserves.support.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Applies {@link EmailAddress}: length first, then one linear pass over the characters. */
public class EmailAddressValidator implements ConstraintValidator<EmailAddress, CharSequence> {

    private int max;

    @Override
    public void initialize(EmailAddress rule) {
        this.max = rule.max();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (value.length() > max) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("size must be at most " + max).addConstraintViolation();
            return false;
        }
        if (!TextRules.isClean(value)) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(TextRules.CONTROL_CHARACTERS_MESSAGE).addConstraintViolation();
            return false;
        }
        return TextRules.isEmailAddress(value);
    }
}
