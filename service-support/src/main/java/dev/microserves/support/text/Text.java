package dev.microserves.support.text;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text field under the contract's rules, checked in this order, each check only if the one
 * before passed: at most {@link #max} characters (and at least {@link #min}), no forbidden
 * character ({@link TextRules#isForbidden}; tabs and line breaks too unless {@link #multiline}),
 * not blank unless {@link #blankAllowed}, and then, if given, the whole value matches
 * {@link #pattern}. So a pattern only ever sees a value within its length limit; even so, give
 * only patterns that cannot backtrack (one character class with a bounded repeat, for example).
 * {@code null} is valid: say {@code @NotNull} where the field is required.
 */
@Documented
@Constraint(validatedBy = TextValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Text {

    int min() default 0;

    int max();

    boolean multiline() default false;

    boolean blankAllowed() default false;

    /** A regular expression the whole value must match, checked last; empty for none. */
    String pattern() default "";

    /** The message when {@link #pattern} does not match. */
    String patternMessage() default "has an invalid format";

    String message() default "must be valid text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
