package nl.talentcharter.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberJoined;
import nl.talentcharter.contracts.members.MemberProfileChanged;
import nl.talentcharter.contracts.members.MembershipEnded;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Member KPIs from member events: counted per period and cut, traced to their events, each event once. */
class MemberKpisTest extends MonitoringIntegrationTest {

    /**
     * A member that moves to another region leaves its old region's cells on the live KPI topic too, not only on
     * {@code /kpis}: figures are cut by the current profile, and the change is dated today, not in the periods whose
     * figures it moves (ADR 0124). Year 2078.
     */
    @Test
    void aMemberMovedToAnotherRegionLeavesItsOldRegionsCellsOnTheKpiTopic() {
        String member = newId();
        String zuid = "members.joined/2078MM02/REGION:ZUID_LIMBURG";
        String noord = "members.joined/2078MM02/REGION:NOORD_LIMBURG";
        try (TopicReader reader = TopicReader.fromBeginning(TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.MONITORING_KPI)) {
            join(member, LocalDate.of(2078, 2, 3),
                    profile(Region.ZUID_LIMBURG, Sector.CARE, SizeClass.SME, false, ActionLine.RETAIN));
            awaitSnapshot(reader, zuid, 1);

            publish(MemberEvents.MEMBER_PROFILE_CHANGED, member, new MemberProfileChanged(member,
                    profile(Region.NOORD_LIMBURG, Sector.CARE, SizeClass.SME, false, ActionLine.RETAIN),
                    List.of("location"), Instant.now()));

            awaitSnapshot(reader, noord, 1);
            awaitSnapshot(reader, zuid, 0);
        }
        assertThat(value("members.joined", "2078MM02", "ALL")).isEqualTo(1);
    }

    @Test
    void joinedEndedActiveAndSharesPerPeriodAndCutTracedToTheirEvents() {
        double activeBefore = value("members.active", "2031MM05", "ALL");
        double noordBefore = value("members.active", "2031MM05", "REGION:NOORD_LIMBURG");
        String a = newId();
        String b = newId();
        String c = newId();
        List<String> joined = new ArrayList<>();
        joined.add(join(a, LocalDate.of(2031, 3, 2),
                profile(Region.NOORD_LIMBURG, Sector.CARE, SizeClass.SME, true, ActionLine.RETAIN)));
        joined.add(join(b, LocalDate.of(2031, 3, 20),
                profile(Region.NOORD_LIMBURG, Sector.ICT, SizeClass.SME, false, ActionLine.ATTRACT)));
        joined.add(join(c, LocalDate.of(2031, 3, 31),
                profile(Region.ZUID_LIMBURG, Sector.ICT, SizeClass.LARGE, false, ActionLine.RETAIN)));
        String ended = publish(MemberEvents.MEMBERSHIP_ENDED, b,
                new MembershipEnded(b, 1, "moved away", LocalDate.of(2031, 5, 15)));

        awaitValue("members.ended", "2031KW02", "ALL", 1);
        awaitValue("members.joined", "2031MM03", "ALL", 3);
        assertThat(value("members.joined", "2031MM03", "REGION:NOORD_LIMBURG")).isEqualTo(2);
        assertThat(value("members.joined", "2031MM03", "SECTOR:ICT")).isEqualTo(2);
        assertThat(value("members.joined", "2031MM03", "ACTION_LINE:RETAIN")).isEqualTo(2);
        assertThat(value("members.joined", "2031MM04", "ALL")).isZero();
        assertThat(value("members.joined", "2031JJ00", "ALL")).isEqualTo(3);
        assertThat(value("members.active", "2031MM05", "ALL")).isEqualTo(activeBefore + 2);
        assertThat(value("members.active", "2031MM05", "REGION:NOORD_LIMBURG")).isEqualTo(noordBefore + 1);
        assertThat(value("members.front-runners", "2031MM03", "REGION:NOORD_LIMBURG")).isGreaterThanOrEqualTo(1);

        JsonNode trace = JSON.readTree(get("/kpis/members.joined/trace?period=2031MM03&dimension=ALL",
                TestTokens.operator()).body());
        assertThat(trace.path("kpi").path("value").asDouble()).isEqualTo(3);
        List<String> traced = trace.path("events").values().stream().map(e -> e.path("id").asString()).toList();
        assertThat(traced).containsExactlyInAnyOrderElementsOf(joined);
        trace.path("events").forEach(event -> {
            assertThat(event.path("topic").asString()).isEqualTo(Topics.MEMBERS);
            assertThat(event.path("offset").isNumber()).isTrue();
            assertThat(event.path("type").asString()).isEqualTo(MemberEvents.MEMBER_JOINED.type());
        });
        JsonNode endedTrace = JSON.readTree(get("/kpis/members.ended/trace?period=2031MM05&dimension=ALL",
                TestTokens.viewer()).body());
        assertThat(endedTrace.path("events").values().stream().map(e -> e.path("id").asString()).toList())
                .containsExactly(ended);
    }

    @Test
    void theSmeShareIsOfTheActiveMembersOfTheCut() {
        String sme = newId();
        String large = newId();
        join(sme, LocalDate.of(2033, 1, 10), profile(Region.CROSS_BORDER, Sector.AGRICULTURE_AND_HORTICULTURE,
                SizeClass.SME, false, ActionLine.IDENTIFY));
        join(large, LocalDate.of(2033, 1, 11), profile(Region.CROSS_BORDER, Sector.AGRICULTURE_AND_HORTICULTURE,
                SizeClass.LARGE, false, ActionLine.IDENTIFY));

        awaitValue("members.joined", "2033MM01", "SECTOR:AGRICULTURE_AND_HORTICULTURE", 2);
        JsonNode share = kpi("members.sme-share", "2033MM01", "SECTOR:AGRICULTURE_AND_HORTICULTURE");
        assertThat(share.path("unit").asString()).isEqualTo("PERCENT");
        // other classes' members of this sector may be active too: the share rests on all of them
        assertThat(share.path("units").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(share.path("value").asDouble()).isBetween(0.0, 100.0);
    }

    @Test
    void aDuplicateOrReplayedEventChangesNothing() {
        String memberId = newId();
        LocalDate day = LocalDate.of(2034, 6, 1);
        MemberJoined payload = new MemberJoined(memberId, 1,
                profile(Region.MIDDEN_LIMBURG, Sector.LOGISTICS, SizeClass.SME, false, ActionLine.REALISE), day, null);
        String ceId = publish(MemberEvents.MEMBER_JOINED, memberId, payload);
        awaitValue("members.joined", "2034MM06", "ALL", 1);
        double duplicates = counter("monitoring.events.duplicates", MemberEvents.MEMBER_JOINED.type());

        publishAgain(MemberEvents.MEMBER_JOINED, memberId, payload, ceId, 1);
        publishAgain(MemberEvents.MEMBER_JOINED, memberId, payload, ceId, 1);

        awaitCounter("monitoring.events.duplicates", MemberEvents.MEMBER_JOINED.type(), duplicates + 2);
        assertThat(value("members.joined", "2034MM06", "ALL")).isEqualTo(1);
        assertThat(value("members.joined", "2034JJ00", "REGION:MIDDEN_LIMBURG")).isEqualTo(1);
    }

    @Test
    void badQueriesAreProblems() {
        assertThat(get("/kpis/members.joined?period=2031XX01", TestTokens.viewer()).statusCode()).isEqualTo(400);
        assertThat(get("/kpis/members.joined?period=2031MM13", TestTokens.viewer()).statusCode()).isEqualTo(400);
        assertThat(get("/kpis/members.joined?period=2031MM01&dimension=REGION:ATLANTIS", TestTokens.viewer())
                .statusCode()).isEqualTo(400);
        assertThat(get("/kpis/members.happiness?period=2031MM01", TestTokens.viewer()).statusCode()).isEqualTo(404);
    }

    @Test
    void viewersAndOperatorsReadFiguresOthersDoNot() {
        assertThat(get("/kpis?period=2031JJ00", TestTokens.viewer()).statusCode()).isEqualTo(200);
        assertThat(get("/kpis?period=2031JJ00", TestTokens.operator()).statusCode()).isEqualTo(200);
        assertThat(get("/kpis?period=2031JJ00", TestTokens.member(newId())).statusCode()).isEqualTo(403);
        assertThat(get("/kpis?period=2031JJ00", null).statusCode()).isEqualTo(401);
    }
}
