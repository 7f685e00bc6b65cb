package nl.talentcharter.events.domain;

import static nl.talentcharter.events.domain.Gatherings.NOW;
import static nl.talentcharter.events.domain.Gatherings.contact;
import static nl.talentcharter.events.domain.Gatherings.guest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.events.EventKind;
import nl.talentcharter.contracts.vocabulary.FirstContactChannel;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import org.junit.jupiter.api.Test;

class ReachTest {

    static void attend(Gathering gathering, Attendee attendee) {
        gathering.checkIn(gathering.register(attendee, NOW).id(), NOW);
    }

    @Test
    void countsCheckedInAttendeesPerOrganisationSharesAndRegions() {
        Gathering event = Gatherings.of(EventKind.LABOUR_MARKET_EVENT, "2026-04-01T14:00");
        attend(event, contact("m-a", "c-1"));
        attend(event, contact("m-a", "c-2"));
        attend(event, contact("m-unknown", "c-3"));
        attend(event, guest("x@zorg.example", "Zorg Zuid", SizeClass.SME, Region.ZUID_LIMBURG));
        attend(event, guest("y@zorg.example", "zorg zuid ", null, null));
        attend(event, guest("z@nowhere.example", null, null, null));
        event.register(contact("m-a", "c-absent"), NOW);
        Map<String, MemberFacts> members = Map.of("m-a", new MemberFacts("m-a", "Alpha", SizeClass.LARGE,
                Region.NOORD_LIMBURG, LocalDate.of(2025, 1, 1), null, null));

        Reach reach = Reach.of(2026, List.of(event), members);

        assertThat(reach.attendees()).isEqualTo(6);
        assertThat(reach.organisations()).extracting(o -> o.name() + ":" + o.attendees())
                .containsExactly("Alpha:2", "Zorg Zuid:2", "m-unknown:1");
        assertThat(reach.smeShare()).as("Zorg Zuid SME, Alpha large, m-unknown unknown").isEqualTo(0.5);
        assertThat(reach.organisationsPerRegion()).containsExactly(Map.entry(Region.NOORD_LIMBURG, 1),
                Map.entry(Region.ZUID_LIMBURG, 1));
        assertThat(reach.nonMemberShare()).isEqualTo(0.5);
    }

    @Test
    void cancelledGatheringsReachNoOneAndOnlyThisYearsEventsBringMembersIn() {
        Gathering held = Gatherings.of(EventKind.LABOUR_MARKET_EVENT, "2026-04-01T14:00");
        Gathering cancelled = Gatherings.of(EventKind.LABOUR_MARKET_EVENT, "2026-05-01T14:00");
        attend(cancelled, contact("m-a", "c-1"));
        cancelled.cancel("no venue", NOW);
        Map<String, MemberFacts> members = Map.of(
                "m-new", new MemberFacts("m-new", "New", SizeClass.SME, Region.MIDDEN_LIMBURG, LocalDate.of(2026, 5, 1),
                        FirstContactChannel.EVENT, held.id().value()),
                "m-other", new MemberFacts("m-other", "Other", SizeClass.SME, null, LocalDate.of(2026, 5, 1),
                        FirstContactChannel.EVENT, "an-event-of-another-year"),
                "m-scan", new MemberFacts("m-scan", "Scan", SizeClass.SME, null, LocalDate.of(2026, 5, 1),
                        FirstContactChannel.HR_SCAN, held.id().value()));

        Reach reach = Reach.of(2026, List.of(held, cancelled), members);

        assertThat(reach.attendees()).isZero();
        assertThat(reach.smeShare()).isNull();
        assertThat(reach.nonMemberShare()).isNull();
        assertThat(reach.membersThroughEvents()).containsExactly(
                new Reach.MemberThroughEvent("m-new", "New", held.id().value(), LocalDate.of(2026, 5, 1)));
    }
}
