package dev.microserves.payment.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The card schemes this service accepts, recognised by the number's prefix (IIN range) and length. */
public enum CardBrand {
    AMEX("amex", Set.of(15)),
    VISA("visa", Set.of(13, 16, 19)),
    MASTERCARD("mastercard", Set.of(16)),
    DISCOVER("discover", Set.of(16, 17, 18, 19)),
    DINERS("diners", Set.of(14, 15, 16, 17, 18, 19)),
    JCB("jcb", Set.of(16, 17, 18, 19)),
    UNIONPAY("unionpay", Set.of(16, 17, 18, 19));

    private final String apiName;
    private final Set<Integer> lengths;

    CardBrand(String apiName, Set<Integer> lengths) {
        this.apiName = apiName;
        this.lengths = lengths;
    }

    /** The brand of a number of digits, if it is one this service accepts at that length. */
    public static Optional<CardBrand> of(String digits) {
        return Arrays.stream(values())
                .filter(brand -> brand.matchesPrefix(digits) && brand.lengths.contains(digits.length()))
                .findFirst();
    }

    /** The name the API uses: {@code visa}, {@code mastercard}, {@code amex}... */
    public String apiName() {
        return apiName;
    }

    private boolean matchesPrefix(String digits) {
        return switch (this) {
            case AMEX -> digits.startsWith("34") || digits.startsWith("37");
            case VISA -> digits.startsWith("4");
            case MASTERCARD -> between(digits, 2, 51, 55) || between(digits, 4, 2221, 2720);
            case DISCOVER -> digits.startsWith("6011") || digits.startsWith("65") || between(digits, 3, 644, 649);
            case DINERS -> between(digits, 3, 300, 305) || digits.startsWith("36") || digits.startsWith("38")
                    || digits.startsWith("39");
            case JCB -> between(digits, 4, 3528, 3589);
            case UNIONPAY -> digits.startsWith("62");
        };
    }

    private static boolean between(String digits, int prefixLength, int low, int high) {
        if (digits.length() < prefixLength) {
            return false;
        }
        int prefix = Integer.parseInt(digits.substring(0, prefixLength));
        return prefix >= low && prefix <= high;
    }
}
