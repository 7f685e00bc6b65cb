package nl.talentcharter.partnergateway.domain;

import java.util.regex.Pattern;
import nl.talentcharter.contracts.EventType;

/**
 * A partner system, as it appears in its CloudEvents {@code source} ({@code /partners/<id>}) and in the name of
 * its raw inbound topic. Taken from the caller ({@code Caller.partnerId()} in service-kit, where the rule for
 * client ids lives: {@code partner-uwv} and {@code uwv} are both partner {@code uwv}).
 */
public record PartnerId(String value) {

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public PartnerId {
        if (value == null || !KEBAB.matcher(value).matches()) {
            throw new IllegalArgumentException("a partner id is lower-case kebab-case, not " + value);
        }
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
