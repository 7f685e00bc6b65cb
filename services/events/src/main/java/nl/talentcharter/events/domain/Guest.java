package nl.talentcharter.events.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/**
 * An external guest's personal data. It stays in this service: events carry the registration id only.
 * The organisation facts (all optional) feed the reach report.
 *
 * @param consentGivenAt when the guest agreed to this service keeping the data for the gathering; required
 * @param invitationsConsent whether the guest also wants invitations to later gatherings
 */
public record Guest(String name, String email, String organisationName, Sector sector, SizeClass sizeClass,
        Region region, Instant consentGivenAt, boolean invitationsConsent) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Guest {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidGatheringData("name", "is required (at most 200 characters)");
        }
        if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new InvalidGatheringData("email", "is not an e-mail address");
        }
        if (consentGivenAt == null) {
            throw new InvalidGatheringData("consent", "a guest registers only with consent to keep name and e-mail");
        }
        name = name.strip();
        email = email.strip().toLowerCase(Locale.ROOT);
    }
}
