package nl.talentcharter.members.domain;

import java.util.regex.Pattern;

/**
 * Registration number at the Dutch Chamber of Commerce (KvK): exactly eight digits. Numbers issued
 * since 2016 carry no check digit, so the format is all that can be validated offline.
 */
public record KvkNumber(String value) {

    private static final Pattern EIGHT_DIGITS = Pattern.compile("[0-9]{8}");

    public KvkNumber {
        if (value == null || !EIGHT_DIGITS.matcher(value).matches()) {
            throw new InvalidMemberData("kvkNumber", "a KvK number is exactly 8 digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
