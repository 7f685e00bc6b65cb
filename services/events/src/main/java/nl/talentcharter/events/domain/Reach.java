package nl.talentcharter.events.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.talentcharter.contracts.events.AttendanceOutcome;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/**
 * Whom a year of gatherings reached. An attendee is a registration checked in at the door (registered
 * but absent is not reach); cancelled gatherings reach no one. Organisations are members (by member id,
 * described by the members topic) or guests' organisations (by name as the guest typed it, case-insensitive).
 * A guest without an organisation counts as an attendee but as no organisation.
 *
 * @param smeShare        SMEs among the organisations whose size is known; null when none is
 * @param nonMemberShare  attendees from non-member organisations (guests) among all attendees; null without attendees
 * @param organisationsPerRegion organisations per region, those without a known region left out
 * @param membersThroughEvents members whose first contact was one of these gatherings (MemberJoined.firstContact)
 */
public record Reach(int year, int attendees, List<OrganisationReach> organisations, Double smeShare,
        Map<Region, Integer> organisationsPerRegion, Double nonMemberShare,
        List<MemberThroughEvent> membersThroughEvents) {

    public record OrganisationReach(String name, String memberId, boolean member, SizeClass sizeClass, Region region,
            int attendees) {
    }

    public record MemberThroughEvent(String memberId, String legalName, String eventId, LocalDate joinedOn) {
    }

    /**
     * @param gatherings the gatherings of {@code year}
     * @param members    what is known of member organisations, by member id (attendees' and any that came
     *                   through an event); members missing here are reported by id without size or region
     */
    public static Reach of(int year, Collection<Gathering> gatherings, Map<String, MemberFacts> members) {
        List<Gathering> counted = gatherings.stream().filter(g -> !g.isCancelled()).toList();
        List<Registration> attended = counted.stream().flatMap(g -> g.registrations().stream())
                .filter(r -> r.attendance() == AttendanceOutcome.ATTENDED).toList();

        Map<String, OrganisationReach> byKey = new LinkedHashMap<>();
        for (Registration registration : attended) {
            OrganisationReach organisation = organisationOf(registration.attendee(), members);
            if (organisation != null) {
                String key = organisation.member() ? "member:" + organisation.memberId()
                        : "guest:" + organisation.name().toLowerCase(Locale.ROOT);
                byKey.merge(key, organisation, (a, b) -> new OrganisationReach(a.name(), a.memberId(), a.member(),
                        a.sizeClass() != null ? a.sizeClass() : b.sizeClass(),
                        a.region() != null ? a.region() : b.region(), a.attendees() + 1));
            }
        }
        List<OrganisationReach> organisations = byKey.values().stream()
                .sorted(Comparator.comparingInt(OrganisationReach::attendees).reversed()
                        .thenComparing(OrganisationReach::name))
                .toList();

        List<OrganisationReach> sized = organisations.stream().filter(o -> o.sizeClass() != null).toList();
        Double smeShare = share(sized.stream().filter(o -> o.sizeClass() == SizeClass.SME).count(), sized.size());
        Map<Region, Integer> perRegion = new EnumMap<>(Region.class);
        organisations.stream().filter(o -> o.region() != null).forEach(o -> perRegion.merge(o.region(), 1, Integer::sum));
        Double nonMemberShare = share(attended.stream().filter(r -> !r.attendee().isMember()).count(), attended.size());

        Set<String> ids = counted.stream().map(g -> g.id().value()).collect(Collectors.toSet());
        List<MemberThroughEvent> throughEvents = members.values().stream()
                .filter(m -> m.cameThroughEvent() && ids.contains(m.firstContactReference()))
                .map(m -> new MemberThroughEvent(m.memberId(), m.legalName(), m.firstContactReference(), m.joinedOn()))
                .sorted(Comparator.comparing(MemberThroughEvent::memberId))
                .toList();
        return new Reach(year, attended.size(), organisations, smeShare, perRegion, nonMemberShare, throughEvents);
    }

    private static OrganisationReach organisationOf(Attendee attendee, Map<String, MemberFacts> members) {
        if (attendee.isMember()) {
            MemberFacts facts = members.get(attendee.memberId());
            if (facts == null) {
                return new OrganisationReach(attendee.memberId(), attendee.memberId(), true, null, null, 1);
            }
            return new OrganisationReach(facts.legalName() == null ? attendee.memberId() : facts.legalName(),
                    attendee.memberId(), true, facts.sizeClass(), facts.region(), 1);
        }
        Guest guest = attendee.guest();
        if (guest.organisationName() == null || guest.organisationName().isBlank()) {
            return null;
        }
        return new OrganisationReach(guest.organisationName().strip(), null, false, guest.sizeClass(), guest.region(), 1);
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
