package nl.talentcharter.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.members.MemberLocation;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.contracts.pools.PlacementConfirmed;
import nl.talentcharter.contracts.pools.PoolEvents;
import nl.talentcharter.contracts.pools.TalentOffered;
import nl.talentcharter.contracts.pools.TalentRequested;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Pool KPIs from the pools topic: people offered, requests, positions filled, time to match and cross-border
 * placements, traced to their events, cut by the requesting member, on the KPI topic and in open data; a
 * duplicate placement changes nothing. Year 2050.
 */
class PoolKpisTest extends MonitoringIntegrationTest {

    private static final String OCCUPATION = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";

    @Test
    void offersRequestsPlacementsTimeToMatchAndCrossBorderPlacements() {
        String requester = newId();
        String belgian = newId();
        String dutch = newId();
        join(requester, LocalDate.of(2049, 12, 1),
                profile(Region.ZUID_LIMBURG, Sector.LOGISTICS, SizeClass.SME, false, ActionLine.ATTRACT));
        join(belgian, LocalDate.of(2049, 12, 1), new MemberProfile("Transport Hasselt BV", "87654321",
                OrganisationKind.EMPLOYER, null, Sector.LOGISTICS, 80, SizeClass.SME,
                new MemberLocation("Hasselt", Country.BE, null, Region.CROSS_BORDER), false, List.of(ActionLine.ATTRACT)));
        join(dutch, LocalDate.of(2049, 12, 1),
                profile(Region.ZUID_LIMBURG, Sector.LOGISTICS, SizeClass.LARGE, false, ActionLine.ATTRACT));
        String pool = newId();
        String fromBelgium = newId();
        String fromHeerlen = newId();
        String fromUwv = newId();
        String crossBorderOffer = offer(fromBelgium, pool, belgian, "2050-03-01T09:00:00Z");
        offer(fromHeerlen, pool, dutch, "2050-03-02T09:00:00Z");
        offer(fromUwv, pool, "uwv", "2050-03-03T09:00:00Z");
        String first = newId();
        String second = newId();
        request(first, pool, requester, 2, "2050-03-05T09:00:00Z");
        request(second, pool, requester, 1, "2050-03-10T09:00:00Z");
        String crossBorderPlacement = place(first, pool, fromBelgium, requester, "2050-03-15T09:00:00Z");
        place(first, pool, fromHeerlen, requester, "2050-03-25T09:00:00Z");
        PlacementConfirmed late = new PlacementConfirmed(second, newId(), pool, fromUwv, requester,
                Instant.parse("2050-04-10T09:00:00Z"));
        String lateId = publish(PoolEvents.PLACEMENT_CONFIRMED, second, late);

        awaitValue("pools.positions-filled", "2050JJ00", "ALL", 3);
        assertThat(value("pools.people-offered", "2050MM03", "ALL")).isEqualTo(3);
        assertThat(value("pools.requests", "2050MM03", "ALL")).isEqualTo(2);
        assertThat(value("pools.positions-filled", "2050MM03", "ALL")).isEqualTo(2);
        assertThat(value("pools.positions-filled", "2050KW02", "ALL")).isEqualTo(1);
        // 10 and 20 days in March; 31 days for the April placement
        assertThat(value("pools.time-to-match", "2050MM03", "ALL")).isEqualTo(15);
        assertThat(value("pools.time-to-match", "2050JJ00", "ALL")).isEqualTo(20.3);
        assertThat(kpi("pools.time-to-match", "2050JJ00", "ALL").path("unit").asString()).isEqualTo("DAYS");
        // only the Belgian member's person crosses the border; UWV is no member, so its side is unknown
        assertThat(value("pools.cross-border-placements", "2050JJ00", "ALL")).isEqualTo(1);
        // cut by the requesting member; the offering members' cut counts their offers
        assertThat(value("pools.positions-filled", "2050JJ00", "REGION:ZUID_LIMBURG")).isEqualTo(3);
        assertThat(value("pools.positions-filled", "2050JJ00", "REGION:CROSS_BORDER")).isZero();
        assertThat(value("pools.people-offered", "2050JJ00", "REGION:CROSS_BORDER")).isEqualTo(1);

        JsonNode trace = JSON.readTree(get("/kpis/pools.cross-border-placements/trace?period=2050JJ00&dimension=ALL",
                TestTokens.viewer()).body());
        assertThat(trace.path("events").values().stream().map(e -> e.path("id").asString()).toList())
                .containsExactlyInAnyOrder(crossBorderPlacement, crossBorderOffer);

        double duplicatesBefore = counter("monitoring.events.duplicates", PoolEvents.PLACEMENT_CONFIRMED.type());
        publishAgain(PoolEvents.PLACEMENT_CONFIRMED, second, late, lateId, 1);
        awaitCounter("monitoring.events.duplicates", PoolEvents.PLACEMENT_CONFIRMED.type(), duplicatesBefore + 1);
        assertThat(value("pools.positions-filled", "2050JJ00", "ALL")).isEqualTo(3);
        assertThat(value("pools.time-to-match", "2050JJ00", "ALL")).isEqualTo(20.3);
    }

    @Test
    void poolFiguresAreAnnouncedOnTheKpiTopicAndPublishedAsOpenData() {
        String requester = newId();
        join(requester, LocalDate.of(2050, 6, 1),
                profile(Region.NOORD_LIMBURG, Sector.AGRICULTURE_AND_HORTICULTURE, SizeClass.SME, false, ActionLine.ATTRACT));
        String key = "pools.requests/2050MM06/REGION:NOORD_LIMBURG";
        try (TopicReader reader = TopicReader.fromBeginning(TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.MONITORING_KPI)) {
            request(newId(), newId(), requester, 1, "2050-06-02T09:00:00Z");
            JsonNode snapshot = JSON.readTree(reader.await(r -> key.equals(r.key()), TIMEOUT).value());
            assertThat(snapshot.path("value").asDouble()).isEqualTo(1);
            assertThat(snapshot.path("kpi").asString()).isEqualTo("pools.requests");
        }
        JsonNode document = JSON.readTree(get("/open-data/kpis.json?year=2050", null).body());
        assertThat(document.path("topics").values()).anySatisfy(topic ->
                assertThat(topic.path("kpi").asString()).isEqualTo("pools.time-to-match"));
        JsonNode june = document.path("cells").values().stream()
                .filter(c -> c.path("kpi").asString().equals("pools.requests") && c.path("period").asString().equals("2050MM06"))
                .findFirst().orElseThrow();
        // one request rests on one unit: suppressed
        assertThat(june.path("status").asString()).isEqualTo("x");
    }

    private String offer(String person, String pool, String offeredBy, String at) {
        Instant instant = Instant.parse(at);
        return publish(PoolEvents.TALENT_OFFERED, person, new TalentOffered(person, pool, offeredBy, OCCUPATION,
                LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC), instant));
    }

    private void request(String request, String pool, String member, int positions, String at) {
        Instant instant = Instant.parse(at);
        LocalDate day = LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC);
        publish(PoolEvents.TALENT_REQUESTED, request, new TalentRequested(request, pool, member, OCCUPATION, positions,
                day.plusDays(30), day.plusDays(120), 32, instant));
    }

    private String place(String request, String pool, String person, String member, String at) {
        return publish(PoolEvents.PLACEMENT_CONFIRMED, request, new PlacementConfirmed(request, newId(), pool, person,
                member, Instant.parse(at)));
    }
}
