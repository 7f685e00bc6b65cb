package nl.talentcharter.events.domain;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Checks shared by the free-text fields. */
final class Texts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(\\+|00)?\\d[\\d \\-]{8,}\\d");

    private Texts() {
    }

    static String require(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidGatheringData(field, "is required");
        }
        if (value.length() > maxLength) {
            throw new InvalidGatheringData(field, "is longer than " + maxLength + " characters");
        }
        return value.strip();
    }

    /**
     * Text that is published must not carry contact details. Names cannot be recognised reliably; e-mail
     * addresses and phone numbers can, and are the most common slip.
     */
    static void requireNoContactDetails(String field, String value) {
        if (EMAIL.matcher(value).find() || containsPhoneNumber(value)) {
            throw new InvalidGatheringData(field, "is published: leave out e-mail addresses and phone numbers");
        }
    }

    /** Nine digits or more (Dutch numbers have ten): a date such as 2026-06-01 (eight) is not a phone number. */
    private static boolean containsPhoneNumber(String value) {
        java.util.regex.Matcher candidate = PHONE.matcher(value);
        while (candidate.find()) {
            if (candidate.group().chars().filter(Character::isDigit).count() >= 9) {
                return true;
            }
        }
        return false;
    }

    /** An absent list is empty; a list with a null element (e.g. {@code [null]} in JSON) is refused, not a 500. */
    static <T> List<T> requireNoNulls(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidGatheringData(field, "must not contain empty entries");
        }
        return List.copyOf(values);
    }
}
