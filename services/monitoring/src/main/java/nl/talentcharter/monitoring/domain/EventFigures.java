package nl.talentcharter.monitoring.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/**
 * The event figures about who came: the attendance rate, the SME share of attendees and the members that came in
 * through an event. Attendance names a registration, not a member, so most join to registrations of earlier days.
 */
final class EventFigures {

    private final FactIndex facts;
    private Map<String, Fact> registrations;
    private Map<String, List<Fact[]>> labourMarketAttendance;
    private final Map<Period, List<Attendee>> attendeesByPeriod = new HashMap<>();
    private final Map<Period, Map<String, CameThroughEvent>> viaEventsByPeriod = new HashMap<>();

    EventFigures(FactIndex facts) {
        this.facts = facts;
    }

    /** Attended of all attendance recorded in the period (attended or no-show), in per cent. */
    KpiValue attendanceRate(Cell cell) {
        long recorded = 0;
        long attended = 0;
        for (FactKind kind : List.of(FactKind.ATTENDED, FactKind.NO_SHOW)) {
            for (Noted noted : facts.inPeriod(kind, cell.period())) {
                if (cell.includes(noted)) {
                    recorded++;
                    attended += kind == FactKind.ATTENDED ? 1 : 0;
                    cell.ids().add(noted.fact());
                }
            }
        }
        double rate = recorded == 0 ? 0 : Cell.round(100.0 * attended / recorded);
        return cell.value(rate, recorded);
    }

    /** The registration facts by registration id: attendance names the registration, not the member. */
    private Map<String, Fact> registrations() {
        if (registrations != null) {
            return registrations;
        }
        registrations = new HashMap<>();
        for (Fact fact : facts.kinds(FactKind.REGISTRATION_CONFIRMED, FactKind.REGISTRATION_WAITLISTED)) {
            if (fact.ref() != null && fact.memberId() != null) {
                registrations.putIfAbsent(fact.ref(), fact);
            }
        }
        return registrations;
    }

    /**
     * Of the attendees in the period who came for a known member (guests have none), the share whose member is
     * an SME; cut by the attendee's member. Traced to the attendance and the registration naming the member.
     */
    KpiValue smeShareOfAttendees(Cell cell) {
        long attendees = 0;
        long sme = 0;
        for (Attendee attendee : attendeesIn(cell.period())) {
            if (!cell.includes(attendee.cuts())) {
                continue;
            }
            attendees++;
            if (attendee.member().sizeClass() == SizeClass.SME) {
                sme++;
            }
            cell.ids().add(attendee.attended());
            cell.ids().add(attendee.registration());
        }
        double share = attendees == 0 ? 0 : Cell.round(100.0 * sme / attendees);
        return cell.valueOfDistinct(share, attendees);
    }

    /** An attendance for a known member, with the registration that names the member. */
    private record Attendee(Fact attended, Fact registration, MemberDimensions member, long cuts) {
    }

    /** The attendances in the period for known members: once per period, not once per cut. */
    private List<Attendee> attendeesIn(Period period) {
        return attendeesByPeriod.computeIfAbsent(period, p -> {
            Map<String, Fact> registrations = registrations();
            List<Attendee> attendees = new ArrayList<>();
            for (Noted attended : facts.inPeriod(FactKind.ATTENDED, p)) {
                String ref = attended.fact().ref();
                Fact registration = ref == null ? null : registrations.get(ref);
                MemberDimensions member = registration == null ? null : facts.member(registration.memberId());
                if (member != null) {
                    attendees.add(new Attendee(attended.fact(), registration, member,
                            facts.cutsOf(registration.memberId())));
                }
            }
            return attendees;
        });
    }

    /**
     * Members joining in the period that came through an event: their joining names an event as first contact,
     * or someone came for them to a labour-market event before they joined or within
     * {@value KpiCalculator#VIA_EVENT_DAYS} days after (an event often tips the decision that the paperwork
     * follows). Counted once per member.
     */
    KpiValue membersViaEvents(Cell cell) {
        long count = 0;
        for (CameThroughEvent came : cameThroughEventsIn(cell.period()).values()) {
            if (cell.includes(came.cuts())) {
                count++;
                cell.ids().addAll(came.tracedTo());
            }
        }
        return cell.valueOfDistinct(count, count);
    }

    /** A member that joined through an event, traced to its joining and, if any, the attendance and registration. */
    private record CameThroughEvent(long cuts, List<String> tracedTo) {
    }

    /**
     * The members that joined in the period through an event, each traced by its earliest joining that qualifies
     * (by day, then event id: the same whatever order the facts came in). A member's cut does not change which one
     * that is, so once per period, not once per cut.
     */
    private Map<String, CameThroughEvent> cameThroughEventsIn(Period period) {
        return viaEventsByPeriod.computeIfAbsent(period, p -> {
            Map<String, List<Fact[]>> attendanceByMember = labourMarketAttendanceByMember();
            Map<String, CameThroughEvent> came = new TreeMap<>();
            List<Noted> joinings = new ArrayList<>(facts.inPeriod(FactKind.MEMBER_JOINED, p));
            joinings.sort(Comparator.comparing((Noted noted) -> noted.fact().on()).thenComparing(noted -> noted.fact().eventId()));
            for (Noted noted : joinings) {
                Fact joined = noted.fact();
                if (came.containsKey(joined.memberId())) {
                    continue;
                }
                if ("EVENT".equals(joined.firstContact())) {
                    came.put(joined.memberId(), new CameThroughEvent(noted.cuts(), List.of(joined.eventId())));
                    continue;
                }
                attendanceByMember.getOrDefault(joined.memberId(), List.of()).stream()
                        .filter(pair -> !pair[0].on().isAfter(joined.on().plusDays(KpiCalculator.VIA_EVENT_DAYS)))
                        .min(Comparator.comparing((Fact[] pair) -> pair[0].on()).thenComparing(pair -> pair[0].eventId()))
                        .ifPresent(pair -> came.put(joined.memberId(), new CameThroughEvent(noted.cuts(),
                                List.of(joined.eventId(), pair[0].eventId(), pair[1].eventId()))));
            }
            return came;
        });
    }

    /** Per member: its attendances at labour-market events, each with the registration that names the member. */
    private Map<String, List<Fact[]>> labourMarketAttendanceByMember() {
        if (labourMarketAttendance != null) {
            return labourMarketAttendance;
        }
        Set<String> labourMarketEvents = new HashSet<>();
        facts.of(FactKind.LABOUR_MARKET_EVENT_SCHEDULED).forEach(f -> labourMarketEvents.add(f.subject()));
        Map<String, Fact> registrations = registrations();
        labourMarketAttendance = new HashMap<>();
        for (Fact attended : facts.of(FactKind.ATTENDED)) {
            Fact registration = attended.ref() == null ? null : registrations.get(attended.ref());
            if (registration != null && labourMarketEvents.contains(attended.subject())) {
                labourMarketAttendance.computeIfAbsent(registration.memberId(), m -> new ArrayList<>())
                        .add(new Fact[] {attended, registration});
            }
        }
        return labourMarketAttendance;
    }
}
