package nl.talentcharter.partnergateway.domain;

import java.util.Map;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.partners.PartnerEvents;

/**
 * The payload property that names the aggregate a partner message concerns: its CloudEvents subject and
 * Kafka key on {@code talentcharter.partners.inbound}, so one pool's referrals stay in order.
 */
public final class SubjectOf {

    private static final Map<String, String> PROPERTY = Map.of(
            PartnerEvents.TALENT_REFERRED.type(), "poolId",
            PartnerEvents.COURSE_ANNOUNCED.type(), "courseId",
            PartnerEvents.WORK_TO_WORK_CASE_REPORTED.type(), "caseId");

    private SubjectOf() {
    }

    /** @throws IllegalArgumentException for a type without a subject property (a catalog type added here late) */
    public static String property(EventType<?> type) {
        String property = PROPERTY.get(type.type());
        if (property == null) {
            throw new IllegalArgumentException("no subject property known for " + type.type());
        }
        return property;
    }
}
