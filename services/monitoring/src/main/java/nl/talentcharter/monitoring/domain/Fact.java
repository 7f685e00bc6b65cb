package nl.talentcharter.monitoring.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One consumed event as the projections see it: which event it was (so every figure can name its events),
 * what it means, for which member and on which day.
 *
 * @param subject      the event's aggregate (member, scan, event ...)
 * @param sequence     the event's per-aggregate sequence, orders a member's membership changes on one day
 * @param on           the business day the event is counted on (joined on, completed on, held on ...)
 * @param scanId       the HR scan, for scan facts
 * @param score        the overall score, for a completed scan
 * @param dueOn        the follow-up due date, for a completed scan
 * @param domains      the domain scores, for a completed scan
 * @param ref          the other aggregate the event refers to, where a figure joins two events: the registration
 *                     (registrations and attendance, joined to find the attendee's member), the person (offers and
 *                     placements, joined to find who offered the person placed)
 * @param cohort       the members a sprint started with
 * @param heard        what was heard on a work visit
 * @param firstContact how the alliance first reached a member that joined (the channel's name), if known
 * @param place        where a partner's report belongs (it names no member), for courses and work-to-work cases
 * @param quantity     what a partner's report counts: workers concerned by a work-to-work case
 */
public record Fact(String eventId, String eventType, FactKind kind, String subject, long sequence, String memberId,
        LocalDate on, String scanId, Double score, LocalDate dueOn, List<ScoredDomain> domains, String ref,
        List<String> cohort, List<HeardTheme> heard, String firstContact, Place place, long quantity) {

    public Fact {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        domains = domains == null ? List.of() : List.copyOf(domains);
        cohort = cohort == null ? List.of() : List.copyOf(cohort);
        heard = heard == null ? List.of() : List.copyOf(heard);
    }

    public static Fact of(String eventId, String eventType, FactKind kind, String subject, long sequence,
            String memberId, LocalDate on) {
        return new Fact(eventId, eventType, kind, subject, sequence, memberId, on, null, null, null, List.of(), null,
                List.of(), List.of(), null, null, 0);
    }

    public Fact withScan(String scanId, Double score, LocalDate dueOn, List<ScoredDomain> domains) {
        return new Fact(eventId, eventType, kind, subject, sequence, memberId, on, scanId, score, dueOn, domains, ref,
                cohort, heard, firstContact, place, quantity);
    }

    public Fact withRef(String ref) {
        return new Fact(eventId, eventType, kind, subject, sequence, memberId, on, scanId, score, dueOn, domains, ref,
                cohort, heard, firstContact, place, quantity);
    }

    public Fact withCohort(List<String> cohort) {
        return new Fact(eventId, eventType, kind, subject, sequence, memberId, on, scanId, score, dueOn, domains, ref,
                cohort, heard, firstContact, place, quantity);
    }

    public Fact withHeard(List<HeardTheme> heard) {
        return new Fact(eventId, eventType, kind, subject, sequence, memberId, on, scanId, score, dueOn, domains, ref,
                cohort, heard, firstContact, place, quantity);
    }

    public Fact withPlace(Place place, long quantity) {
        return new Fact(eventId, eventType, kind, subject, sequence, memberId, on, scanId, score, dueOn, domains, ref,
                cohort, heard, firstContact, place, quantity);
    }

    public Fact withFirstContact(String firstContact) {
        return new Fact(eventId, eventType, kind, subject, sequence, memberId, on, scanId, score, dueOn, domains, ref,
                cohort, heard, firstContact, place, quantity);
    }
}
