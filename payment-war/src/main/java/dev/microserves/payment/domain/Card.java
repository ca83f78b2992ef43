package dev.microserves.payment.domain;

import dev.microserves.support.problem.FieldError;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A card as a customer entered it, checked: the number passes the Luhn check and belongs to a
 * brand we accept, the card has not expired, the cvc has the right shape. It lives only as long as
 * the tokenization request: the cvc is checked and dropped, the number goes to the gateway once.
 * Nothing here ever prints the number or the cvc, and no refusal echoes them.
 */
public final class Card {

    private static final Pattern NUMBER = Pattern.compile("^[0-9]{12,19}$");
    private static final Pattern SEPARATORS = Pattern.compile("[ -]");
    private static final Pattern CVC = Pattern.compile("^[0-9]{3,4}$");
    /** 19 digits with a separator between any two: anything longer is no card, and is not even looked at. */
    private static final int MAX_ENTERED_LENGTH = 37;

    private final String number;
    private final CardBrand brand;
    private final YearMonth expiry;

    private Card(String number, CardBrand brand, YearMonth expiry) {
        this.number = number;
        this.brand = brand;
        this.expiry = expiry;
    }

    /**
     * Checks a card; spaces and dashes between the digits are allowed. Every problem is reported at
     * once, by field, in words that never repeat what was sent.
     */
    public static Card of(String number, Integer expMonth, Integer expYear, String cvc, YearMonth currentMonth) {
        List<FieldError> errors = new ArrayList<>();
        String digits = number == null || number.length() > MAX_ENTERED_LENGTH
                ? number : SEPARATORS.matcher(number).replaceAll("");
        CardBrand brand = null;
        if (digits == null) {
            errors.add(new FieldError("number", "is required"));
        } else if (digits.length() > MAX_ENTERED_LENGTH || !NUMBER.matcher(digits).matches()) {
            errors.add(new FieldError("number", "must be 12 to 19 digits"));
        } else if (!passesLuhn(digits)) {
            errors.add(new FieldError("number", "is not a valid card number"));
        } else {
            brand = CardBrand.of(digits).orElse(null);
            if (brand == null) {
                errors.add(new FieldError("number", "is not a card brand we accept"));
            }
        }
        if (expMonth == null) {
            errors.add(new FieldError("expMonth", "is required"));
        } else if (expMonth < 1 || expMonth > 12) {
            errors.add(new FieldError("expMonth", "must be between 1 and 12"));
        }
        if (expYear == null) {
            errors.add(new FieldError("expYear", "is required"));
        } else if (expYear < 2000 || expYear > 2100) {
            errors.add(new FieldError("expYear", "must be between 2000 and 2100"));
        }
        YearMonth expiry = null;
        if (expMonth != null && expYear != null && expMonth >= 1 && expMonth <= 12 && expYear >= 2000 && expYear <= 2100) {
            expiry = YearMonth.of(expYear, expMonth);
            if (expiry.isBefore(currentMonth)) {
                errors.add(new FieldError("expYear", "the card has expired"));
            }
        }
        if (cvc == null) {
            errors.add(new FieldError("cvc", "is required"));
        } else if (cvc.length() > 4 || !CVC.matcher(cvc).matches()) {
            errors.add(new FieldError("cvc", "must be 3 or 4 digits"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCard(errors);
        }
        return new Card(digits, brand, expiry);
    }

    /** The Luhn (mod 10) check digit test every card number passes. */
    public static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return false;
            }
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return digits.length() > 0 && sum % 10 == 0;
    }

    /** The full number: for handing to the card gateway, and for nothing else. */
    public String number() {
        return number;
    }

    public CardBrand brand() {
        return brand;
    }

    public String last4() {
        return number.substring(number.length() - 4);
    }

    public YearMonth expiry() {
        return expiry;
    }

    @Override
    public String toString() {
        return brand.apiName() + " card ending " + last4();
    }
}
