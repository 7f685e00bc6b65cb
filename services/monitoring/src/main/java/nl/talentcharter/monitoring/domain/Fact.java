package nl.talentcharter.monitoring.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One consumed event as the projections see it: which event it was (so every figure can name its events),
 * what it means, for which member and on which day.
 *
 * @param subject   the event's aggregate (member, scan, event ...)
 * @param sequence  the event's per-aggregate sequence, orders a member's membership changes on one day
 * @param on        the business day the event is counted on (joined on, completed on, held on ...)
 * @param scanId    the HR scan, for scan facts
 * @param score     the overall score, for a completed scan
 * @param dueOn     the follow-up due date, for a completed scan
 * @param domains   the domain scores, for a completed scan
 */
public record Fact(String eventId, String eventType, FactKind kind, String subject, long sequence, String memberId,
        LocalDate on, String scanId, Double score, LocalDate dueOn, List<ScoredDomain> domains) {

    public Fact {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    public static Fact of(String eventId, String eventType, FactKind kind, String subject, long sequence,
            String memberId, LocalDate on) {
        return new Fact(eventId, eventType, kind, subject, sequence, memberId, on, null, null, null, List.of());
    }
}
