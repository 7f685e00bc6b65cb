package nl.talentcharter.contracts.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.talentcharter.contracts.EventSchemas;
import org.junit.jupiter.api.Test;

/** What the partner schemas refuse beyond types and required properties: no consent, a BSN, a bad source. */
class PartnerSchemasTest {

    private static final String REFERRAL = """
            {"poolId": "3f2b8c1e-7d4a-4e6b-9a51-0c8d2e6f4a10", "referenceId": "%s",
             "occupation": "http://data.europa.eu/esco/occupation/forklift-operator", "consentToShare": %s,
             "homePlace": "Venlo", "country": "NL", "region": "NOORD_LIMBURG", "latitude": 51.37, "longitude": 6.17,
             "maxTravelKm": 40, "skills": [{"uri": "http://data.europa.eu/esco/skill/operate-forklift", "level": 3}],
             "availability": [{"from": "2026-06-01", "to": "2026-12-31", "hoursPerWeek": 32}],
             "contactDesk": "UWV Werkbedrijf Venlo"}""";

    private static byte[] referral(String referenceId, boolean consent) {
        return REFERRAL.formatted(referenceId, consent).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aReferralWithConsentAndAPseudonymousReferenceIsValid() {
        assertThat(EventSchemas.publishViolations(PartnerEvents.TALENT_REFERRED.type(), referral("UWV-2026-000417", true)))
                .isEmpty();
    }

    @Test
    void aReferralWithoutConsentIsRefused() {
        assertThat(EventSchemas.violations(PartnerEvents.TALENT_REFERRED.type(), referral("UWV-2026-000417", false)))
                .anySatisfy(violation -> assertThat(violation).startsWith("$.consentToShare"));
    }

    @Test
    void aBsnAsReferenceIsRefused() {
        assertThat(EventSchemas.violations(PartnerEvents.TALENT_REFERRED.type(), referral("123456782", true)))
                .anySatisfy(violation -> assertThat(violation).startsWith("$.referenceId"));
    }

    @Test
    void aPartnerTypeAcceptsAnyPartnerAsSourceButNoService() {
        assertThat(PartnerEvents.TALENT_REFERRED.acceptsSource("/partners/uwv")).isTrue();
        assertThat(PartnerEvents.TALENT_REFERRED.acceptsSource("/partners/region-zuid")).isTrue();
        assertThat(PartnerEvents.TALENT_REFERRED.acceptsSource("/partners/")).isFalse();
        assertThat(PartnerEvents.TALENT_REFERRED.acceptsSource("/partners/uwv/x")).isFalse();
        assertThat(PartnerEvents.TALENT_REFERRED.acceptsSource("/talentcharter/pools")).isFalse();
    }
}
