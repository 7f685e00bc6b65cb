package nl.talentcharter.partnergateway.domain;

import java.util.regex.Pattern;
import nl.talentcharter.contracts.EventType;

/**
 * A partner system, as it appears in its CloudEvents {@code source} ({@code /partners/<id>}) and in the name of
 * its raw inbound topic. Derived from the token's subject (the client id): {@code partner-uwv} and {@code uwv}
 * are both partner {@code uwv}, so a client id may carry the issuer's conventional prefix.
 */
public record PartnerId(String value) {

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final String CLIENT_PREFIX = "partner-";

    public PartnerId {
        if (value == null || !KEBAB.matcher(value).matches()) {
            throw new IllegalArgumentException("a partner id is lower-case kebab-case, not " + value);
        }
    }

    public static PartnerId ofClient(String subject) {
        String id = subject != null && subject.startsWith(CLIENT_PREFIX) && subject.length() > CLIENT_PREFIX.length()
                ? subject.substring(CLIENT_PREFIX.length()) : subject;
        return new PartnerId(id);
    }

    /** The only CloudEvents {@code source} this partner may publish as. */
    public String source() {
        return EventType.PARTNER_SOURCE_PREFIX + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
