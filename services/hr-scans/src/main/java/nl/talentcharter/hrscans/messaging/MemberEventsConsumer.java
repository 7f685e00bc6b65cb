package nl.talentcharter.hrscans.messaging;

import java.util.function.Consumer;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.eventkit.inbound.InboundEvents;
import nl.talentcharter.hrscans.application.MemberReadModel;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Spring Cloud Stream consumer of talentcharter.members (binding {@code memberEvents-in-0}, group
 * {@code hr-scans}). Parsing failures and schema violations go to the dead-letter topic (event-kit);
 * events this service does not need (contacts) are skipped.
 */
@Component("memberEvents")
public class MemberEventsConsumer implements Consumer<Message<byte[]>> {

    private final InboundEvents inbound;
    private final MemberReadModel readModel;

    public MemberEventsConsumer(InboundEvents inbound, MemberReadModel readModel) {
        this.inbound = inbound;
        this.readModel = readModel;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.parse(message);
        if (event.is(MemberEvents.MEMBER_APPLIED)) {
            var applied = inbound.payload(event, MemberEvents.MEMBER_APPLIED);
            readModel.applied(event, applied.memberId(), applied.profile());
        } else if (event.is(MemberEvents.MEMBER_JOINED)) {
            var joined = inbound.payload(event, MemberEvents.MEMBER_JOINED);
            readModel.joined(event, joined.memberId(), joined.membershipPeriod(), joined.profile());
        } else if (event.is(MemberEvents.MEMBER_PROFILE_CHANGED)) {
            var changed = inbound.payload(event, MemberEvents.MEMBER_PROFILE_CHANGED);
            readModel.profileChanged(event, changed.memberId(), changed.profile());
        } else if (event.is(MemberEvents.MEMBERSHIP_SUSPENDED)) {
            var suspended = inbound.payload(event, MemberEvents.MEMBERSHIP_SUSPENDED);
            readModel.suspended(event, suspended.memberId());
        } else if (event.is(MemberEvents.MEMBERSHIP_REINSTATED)) {
            var reinstated = inbound.payload(event, MemberEvents.MEMBERSHIP_REINSTATED);
            readModel.reinstated(event, reinstated.memberId());
        } else if (event.is(MemberEvents.MEMBERSHIP_ENDED)) {
            var ended = inbound.payload(event, MemberEvents.MEMBERSHIP_ENDED);
            readModel.ended(event, ended.memberId());
        } else {
            readModel.skipped(event);
        }
    }

}
