package nl.talentcharter.contracts.partners;

import java.util.List;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.Topics;

/**
 * The events partner systems publish (through the partner gateway) and the gateway relays, unchanged, on
 * {@link Topics#PARTNERS_INBOUND} for the owning service. Their CloudEvents {@code source} is the partner,
 * {@code /partners/<partnerId>}; they carry no {@code ce_sequence} (a partner's messages are no aggregate
 * history of ours), so consumers apply them once per {@code ce_id}. No personal data: people by the partner's
 * pseudonymous reference only.
 */
public final class PartnerEvents {

    public static final String SERVICE = EventType.PARTNER_SERVICE;

    /** Subject = poolId: the pools service takes the referral into that pool. */
    public static final EventType<TalentReferred> TALENT_REFERRED =
            EventType.of(SERVICE, "talent-referred", 1, Topics.PARTNERS_INBOUND, TalentReferred.class);
    /** Subject = courseId. */
    public static final EventType<CourseAnnounced> COURSE_ANNOUNCED =
            EventType.of(SERVICE, "course-announced", 1, Topics.PARTNERS_INBOUND, CourseAnnounced.class);
    /** Subject = caseId. */
    public static final EventType<WorkToWorkCaseReported> WORK_TO_WORK_CASE_REPORTED =
            EventType.of(SERVICE, "work-to-work-case-reported", 1, Topics.PARTNERS_INBOUND, WorkToWorkCaseReported.class);

    private PartnerEvents() {
    }

    public static List<EventType<?>> all() {
        return List.of(TALENT_REFERRED, COURSE_ANNOUNCED, WORK_TO_WORK_CASE_REPORTED);
    }
}
