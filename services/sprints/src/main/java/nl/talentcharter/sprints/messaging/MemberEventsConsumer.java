package nl.talentcharter.sprints.messaging;

import java.util.function.Consumer;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.eventkit.inbound.InboundEvents;
import nl.talentcharter.sprints.application.CompanyReadModel;
import nl.talentcharter.sprints.persistence.CompanyRecord.Membership;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Consumer of talentcharter.members (binding {@code memberEvents-in-0}, group {@code sprints}). Parsing
 * failures and schema violations go to the dead-letter topic (event-kit); contact events are skipped.
 */
@Component("memberEvents")
public class MemberEventsConsumer implements Consumer<Message<byte[]>> {

    private final InboundEvents inbound;
    private final CompanyReadModel companies;

    public MemberEventsConsumer(InboundEvents inbound, CompanyReadModel companies) {
        this.inbound = inbound;
        this.companies = companies;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.parse(message);
        if (event.is(MemberEvents.MEMBER_APPLIED)) {
            var applied = inbound.payload(event, MemberEvents.MEMBER_APPLIED);
            companies.applied(event, applied.memberId(), applied.profile());
        } else if (event.is(MemberEvents.MEMBER_JOINED)) {
            var joined = inbound.payload(event, MemberEvents.MEMBER_JOINED);
            companies.joined(event, joined.memberId(), joined.profile());
        } else if (event.is(MemberEvents.MEMBER_PROFILE_CHANGED)) {
            var changed = inbound.payload(event, MemberEvents.MEMBER_PROFILE_CHANGED);
            companies.profileChanged(event, changed.memberId(), changed.profile());
        } else if (event.is(MemberEvents.MEMBERSHIP_SUSPENDED)) {
            companies.membership(event, inbound.payload(event, MemberEvents.MEMBERSHIP_SUSPENDED).memberId(),
                    Membership.SUSPENDED);
        } else if (event.is(MemberEvents.MEMBERSHIP_REINSTATED)) {
            companies.membership(event, inbound.payload(event, MemberEvents.MEMBERSHIP_REINSTATED).memberId(),
                    Membership.ACTIVE);
        } else if (event.is(MemberEvents.MEMBERSHIP_ENDED)) {
            companies.ended(event, inbound.payload(event, MemberEvents.MEMBERSHIP_ENDED).memberId());
        } else {
            companies.skipped(event);
        }
    }
}
