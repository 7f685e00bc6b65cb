package nl.talentcharter.monitoring.messaging;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.talentcharter.contracts.EventCatalog;
import nl.talentcharter.contracts.events.AttendanceOutcome;
import nl.talentcharter.contracts.events.EventsEvents;
import nl.talentcharter.contracts.events.HeardKind;
import nl.talentcharter.contracts.partners.PartnerEvents;
import nl.talentcharter.contracts.pools.PoolEvents;
import nl.talentcharter.contracts.hrscans.HrScanEvents;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.contracts.sprints.SprintEvents;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.eventkit.inbound.InboundEvents;
import nl.talentcharter.monitoring.application.MonitoringProperties;
import nl.talentcharter.monitoring.domain.Fact;
import nl.talentcharter.monitoring.domain.FactKind;
import nl.talentcharter.monitoring.domain.HeardTheme;
import nl.talentcharter.monitoring.domain.Place;
import nl.talentcharter.monitoring.domain.ScoredDomain;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what an event means for the figures. Events that feed KPIs are read with their contract record;
 * any other catalogued event that names a member ({@code memberId} in its payload) becomes an
 * {@link FactKind#OTHER} fact for the member's timeline, on the day of its {@code ce_time}.
 */
@Component
public class EventFacts {

    /** A fact, and the member's full profile when the event carries one. */
    public record Reading(Fact fact, MemberProfile profile) {
    }

    private final InboundEvents inbound;
    private final JsonMapper json;
    private final ZoneId zone;

    public EventFacts(InboundEvents inbound, JsonMapper json, MonitoringProperties properties) {
        this.inbound = inbound;
        this.json = json;
        this.zone = properties.zone();
    }

    /** @return null for an event that means nothing here (unknown type, or no member named) */
    public Reading read(InboundEvent e) {
        if (e.is(MemberEvents.MEMBER_JOINED)) {
            var p = inbound.payload(e, MemberEvents.MEMBER_JOINED);
            return new Reading(fact(e, FactKind.MEMBER_JOINED, p.memberId(), p.joinedOn())
                    .withFirstContact(p.firstContact() == null ? null : p.firstContact().channel().name()), p.profile());
        }
        if (e.is(MemberEvents.MEMBER_APPLIED)) {
            var p = inbound.payload(e, MemberEvents.MEMBER_APPLIED);
            return new Reading(fact(e, FactKind.OTHER, p.memberId(), p.appliedOn()), p.profile());
        }
        if (e.is(MemberEvents.MEMBER_PROFILE_CHANGED)) {
            var p = inbound.payload(e, MemberEvents.MEMBER_PROFILE_CHANGED);
            return new Reading(fact(e, FactKind.OTHER, p.memberId(), day(p.changedAt())), p.profile());
        }
        if (e.is(MemberEvents.MEMBERSHIP_SUSPENDED)) {
            var p = inbound.payload(e, MemberEvents.MEMBERSHIP_SUSPENDED);
            return new Reading(fact(e, FactKind.MEMBERSHIP_SUSPENDED, p.memberId(), p.suspendedOn()), null);
        }
        if (e.is(MemberEvents.MEMBERSHIP_REINSTATED)) {
            var p = inbound.payload(e, MemberEvents.MEMBERSHIP_REINSTATED);
            return new Reading(fact(e, FactKind.MEMBERSHIP_REINSTATED, p.memberId(), p.reinstatedOn()), null);
        }
        if (e.is(MemberEvents.MEMBERSHIP_ENDED)) {
            var p = inbound.payload(e, MemberEvents.MEMBERSHIP_ENDED);
            return new Reading(fact(e, FactKind.MEMBERSHIP_ENDED, p.memberId(), p.endedOn()), null);
        }
        if (e.is(HrScanEvents.HR_SCAN_REQUESTED)) {
            var p = inbound.payload(e, HrScanEvents.HR_SCAN_REQUESTED);
            return new Reading(scanFact(e, FactKind.SCAN_REQUESTED, p.memberId(), p.scanId(), day(p.requestedAt()),
                    null, null, List.of()), null);
        }
        if (e.is(HrScanEvents.HR_SCAN_COMPLETED)) {
            var p = inbound.payload(e, HrScanEvents.HR_SCAN_COMPLETED);
            List<ScoredDomain> domains = p.domainScores().stream()
                    .map(d -> new ScoredDomain(d.domain(), d.score(), d.actionLines())).toList();
            return new Reading(scanFact(e, FactKind.SCAN_COMPLETED, p.memberId(), p.scanId(), day(p.completedAt()),
                    p.overallScore(), p.followUpDueOn(), domains), null);
        }
        if (e.is(HrScanEvents.FOLLOW_UP_HELD)) {
            var p = inbound.payload(e, HrScanEvents.FOLLOW_UP_HELD);
            return new Reading(scanFact(e, FactKind.FOLLOW_UP_HELD, p.memberId(), p.scanId(), p.heldOn(), null, null,
                    List.of()), null);
        }
        if (e.is(HrScanEvents.FOLLOW_UP_OVERDUE)) {
            var p = inbound.payload(e, HrScanEvents.FOLLOW_UP_OVERDUE);
            return new Reading(scanFact(e, FactKind.FOLLOW_UP_OVERDUE, p.memberId(), p.scanId(), p.detectedOn(), null,
                    p.dueOn(), List.of()), null);
        }
        if (e.is(SprintEvents.SPRINT_PROPOSED)) {
            var p = inbound.payload(e, SprintEvents.SPRINT_PROPOSED);
            return new Reading(fact(e, FactKind.SPRINT_PROPOSED, null, day(p.proposedAt())), null);
        }
        if (e.is(SprintEvents.SPRINT_STARTED)) {
            var p = inbound.payload(e, SprintEvents.SPRINT_STARTED);
            return new Reading(fact(e, FactKind.SPRINT_STARTED, null, p.startedOn()).withCohort(p.memberIds()), null);
        }
        if (e.is(SprintEvents.COMPANY_JOINED_SPRINT)) {
            var p = inbound.payload(e, SprintEvents.COMPANY_JOINED_SPRINT);
            return new Reading(fact(e, FactKind.COMPANY_JOINED_SPRINT, p.memberId(), p.joinedOn()), null);
        }
        if (e.is(SprintEvents.SPRINT_SESSION_HELD)) {
            var p = inbound.payload(e, SprintEvents.SPRINT_SESSION_HELD);
            return new Reading(fact(e, FactKind.SPRINT_SESSION_HELD, null, p.heldOn()), null);
        }
        if (e.is(SprintEvents.SPRINT_COMPLETED)) {
            var p = inbound.payload(e, SprintEvents.SPRINT_COMPLETED);
            return new Reading(fact(e, FactKind.SPRINT_COMPLETED, null, p.completedOn()), null);
        }
        if (e.is(SprintEvents.SPRINT_CANCELLED)) {
            var p = inbound.payload(e, SprintEvents.SPRINT_CANCELLED);
            return new Reading(fact(e, FactKind.SPRINT_CANCELLED, null, day(p.cancelledAt())), null);
        }
        if (e.is(EventsEvents.EVENT_SCHEDULED)) {
            var p = inbound.payload(e, EventsEvents.EVENT_SCHEDULED);
            FactKind kind = switch (p.kind()) {
                case LABOUR_MARKET_EVENT -> FactKind.LABOUR_MARKET_EVENT_SCHEDULED;
                case LABOUR_MARKET_GOVERNANCE_MEETING -> FactKind.LABOUR_MARKET_MEETING_SCHEDULED;
                case EDUCATION_GOVERNANCE_MEETING -> FactKind.EDUCATION_MEETING_SCHEDULED;
                case WORK_VISIT -> FactKind.WORK_VISIT_SCHEDULED;
            };
            return new Reading(fact(e, kind, null, day(p.startsAt())), null);
        }
        if (e.is(EventsEvents.EVENT_RESCHEDULED)) {
            var p = inbound.payload(e, EventsEvents.EVENT_RESCHEDULED);
            return new Reading(fact(e, FactKind.GATHERING_RESCHEDULED, null, day(p.startsAt())), null);
        }
        if (e.is(EventsEvents.EVENT_CANCELLED)) {
            var p = inbound.payload(e, EventsEvents.EVENT_CANCELLED);
            return new Reading(fact(e, FactKind.GATHERING_CANCELLED, null, day(p.cancelledAt())), null);
        }
        if (e.is(EventsEvents.REGISTRATION_CONFIRMED)) {
            var p = inbound.payload(e, EventsEvents.REGISTRATION_CONFIRMED);
            return new Reading(fact(e, FactKind.REGISTRATION_CONFIRMED, p.memberId(), day(p.confirmedAt()))
                    .withRef(p.registrationId()), null);
        }
        if (e.is(EventsEvents.REGISTRATION_WAITLISTED)) {
            var p = inbound.payload(e, EventsEvents.REGISTRATION_WAITLISTED);
            return new Reading(fact(e, FactKind.REGISTRATION_WAITLISTED, p.memberId(), day(p.waitlistedAt()))
                    .withRef(p.registrationId()), null);
        }
        if (e.is(EventsEvents.WORK_VISIT_REPORTED)) {
            var p = inbound.payload(e, EventsEvents.WORK_VISIT_REPORTED);
            List<HeardTheme> heard = p.heard().stream()
                    .map(h -> new HeardTheme(h.kind() == HeardKind.CHALLENGE, h.tags(), h.actionLines())).toList();
            return new Reading(fact(e, FactKind.WORK_VISIT_REPORTED, p.visitedMemberId(), p.visitedOn())
                    .withHeard(heard), null);
        }
        if (e.is(PoolEvents.TALENT_OFFERED)) {
            // who offered is a member id or a partner account: as a member it cuts the figure, else only ALL counts it
            var p = inbound.payload(e, PoolEvents.TALENT_OFFERED);
            return new Reading(fact(e, FactKind.TALENT_OFFERED, p.offeredBy(), day(p.offeredAt())).withRef(p.personId()),
                    null);
        }
        if (e.is(PoolEvents.TALENT_REQUESTED)) {
            var p = inbound.payload(e, PoolEvents.TALENT_REQUESTED);
            return new Reading(fact(e, FactKind.TALENT_REQUESTED, p.memberId(), day(p.requestedAt())), null);
        }
        if (e.is(PoolEvents.PLACEMENT_CONFIRMED)) {
            var p = inbound.payload(e, PoolEvents.PLACEMENT_CONFIRMED);
            return new Reading(fact(e, FactKind.PLACEMENT_CONFIRMED, p.memberId(), day(p.confirmedAt()))
                    .withRef(p.personId()), null);
        }
        if (e.is(EventsEvents.ATTENDANCE_RECORDED)) {
            var p = inbound.payload(e, EventsEvents.ATTENDANCE_RECORDED);
            FactKind kind = p.outcome() == AttendanceOutcome.ATTENDED ? FactKind.ATTENDED : FactKind.NO_SHOW;
            return new Reading(fact(e, kind, null, day(p.recordedAt())).withRef(p.registrationId()), null);
        }
        if (e.is(PartnerEvents.COURSE_ANNOUNCED)) {
            // a course names no announcement time of its own: counted on the day the partner sent it
            var p = inbound.payload(e, PartnerEvents.COURSE_ANNOUNCED);
            return new Reading(fact(e, FactKind.COURSE_ANNOUNCED, null, day(e))
                    .withPlace(new Place(p.region(), p.sector(), null), p.places()), null);
        }
        if (e.is(PartnerEvents.WORK_TO_WORK_CASE_REPORTED)) {
            var p = inbound.payload(e, PartnerEvents.WORK_TO_WORK_CASE_REPORTED);
            return new Reading(fact(e, FactKind.WORK_TO_WORK_CASE_REPORTED, null, p.reportedOn())
                    .withPlace(new Place(p.region(), p.sector(), p.employerSizeClass()), p.workersConcerned()), null);
        }
        if (EventCatalog.byType(e.type()).isEmpty()) {
            return null;
        }
        JsonNode memberId = json.readTree(e.data()).path("memberId");
        if (!memberId.isString() || memberId.asString().isBlank()) {
            return null;
        }
        return new Reading(fact(e, FactKind.OTHER, memberId.asString(), day(e)), null);
    }

    private Fact fact(InboundEvent e, FactKind kind, String memberId, LocalDate on) {
        return Fact.of(e.id(), e.type(), kind, e.subject(), sequence(e), memberId, on);
    }

    private Fact scanFact(InboundEvent e, FactKind kind, String memberId, String scanId, LocalDate on, Double score,
            LocalDate dueOn, List<ScoredDomain> domains) {
        return fact(e, kind, memberId, on).withScan(scanId, score, dueOn, domains);
    }

    private static long sequence(InboundEvent e) {
        return e.sequence() == null ? 0 : e.sequence();
    }

    private LocalDate day(java.time.Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private LocalDate day(InboundEvent e) {
        return e.time() == null ? LocalDate.now(zone) : e.time().atZoneSameInstant(zone).toLocalDate();
    }
}
