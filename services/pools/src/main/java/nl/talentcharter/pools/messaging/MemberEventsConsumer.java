package nl.talentcharter.pools.messaging;

import java.util.function.Consumer;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.eventkit.inbound.InboundEvents;
import nl.talentcharter.pools.application.MemberReadModel;
import nl.talentcharter.pools.application.MembersLeavingPools;
import nl.talentcharter.pools.persistence.MemberRecord.Membership;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Spring Cloud Stream consumer of talentcharter.members (binding {@code memberEvents-in-0}, group
 * {@code pools}): only members whose membership is active join pools and request people; a suspended or
 * ended member leaves its pools ({@link MembersLeavingPools}). Parsing failures
 * and schema violations go to the dead-letter topic (event-kit).
 */
@Component("memberEvents")
public class MemberEventsConsumer implements Consumer<Message<byte[]>> {

    private final InboundEvents inbound;
    private final MemberReadModel readModel;
    private final MembersLeavingPools leaving;

    public MemberEventsConsumer(InboundEvents inbound, MemberReadModel readModel, MembersLeavingPools leaving) {
        this.inbound = inbound;
        this.readModel = readModel;
        this.leaving = leaving;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.parse(message);
        if (event.is(MemberEvents.MEMBER_APPLIED)) {
            readModel.membership(event, inbound.payload(event, MemberEvents.MEMBER_APPLIED).memberId(), Membership.APPLIED);
        } else if (event.is(MemberEvents.MEMBER_JOINED)) {
            readModel.membership(event, inbound.payload(event, MemberEvents.MEMBER_JOINED).memberId(), Membership.ACTIVE);
        } else if (event.is(MemberEvents.MEMBERSHIP_SUSPENDED)) {
            String memberId = inbound.payload(event, MemberEvents.MEMBERSHIP_SUSPENDED).memberId();
            readModel.membership(event, memberId, Membership.SUSPENDED);
            leaving.memberLeftTheCharter(memberId, "suspended");
        } else if (event.is(MemberEvents.MEMBERSHIP_REINSTATED)) {
            readModel.membership(event, inbound.payload(event, MemberEvents.MEMBERSHIP_REINSTATED).memberId(), Membership.ACTIVE);
        } else if (event.is(MemberEvents.MEMBERSHIP_ENDED)) {
            String memberId = inbound.payload(event, MemberEvents.MEMBERSHIP_ENDED).memberId();
            readModel.membership(event, memberId, Membership.ENDED);
            leaving.memberLeftTheCharter(memberId, "ended");
        }
        // profiles and contacts are not needed here: skipped
    }
}
