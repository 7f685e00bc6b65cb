package nl.talentcharter.events.messaging;

import java.util.function.Consumer;
import nl.talentcharter.contracts.members.FirstContact;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberJoined;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.eventkit.inbound.IdempotentEffects;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.eventkit.inbound.InboundEvents;
import nl.talentcharter.events.persistence.MemberSnapshot;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link MemberSnapshot}s up to date from {@code talentcharter.members} (binding {@code members-in-0},
 * group {@code events}). Each event takes effect once: the effect and the record of having applied it are one
 * single-document update (event-kit {@link IdempotentEffects}); an invalid record goes to the dead-letter topic.
 * Contact events are ignored: this service needs organisations, not people.
 */
@Component("members")
public class MemberEventsConsumer implements Consumer<Message<byte[]>> {

    private final InboundEvents inbound;
    private final IdempotentEffects effects;

    public MemberEventsConsumer(InboundEvents inbound, IdempotentEffects effects) {
        this.inbound = inbound;
        this.effects = effects;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.parse(message);
        Update effect = effectOf(event);
        if (effect != null) {
            effects.applyOnce(event, MemberSnapshot.class, event.subject(), effect);
        }
    }

    private Update effectOf(InboundEvent event) {
        if (event.is(MemberEvents.MEMBER_APPLIED)) {
            return profile(inbound.payload(event, MemberEvents.MEMBER_APPLIED).profile());
        }
        if (event.is(MemberEvents.MEMBER_JOINED)) {
            MemberJoined joined = inbound.payload(event, MemberEvents.MEMBER_JOINED);
            Update update = profile(joined.profile()).set("active", true).set("joinedOn", joined.joinedOn());
            FirstContact first = joined.firstContact();
            if (first != null && joined.membershipPeriod() == 1) {
                update.set("firstContactChannel", first.channel());
                if (first.reference() != null) {
                    update.set("firstContactReference", first.reference());
                }
            }
            return update;
        }
        if (event.is(MemberEvents.MEMBER_PROFILE_CHANGED)) {
            return profile(inbound.payload(event, MemberEvents.MEMBER_PROFILE_CHANGED).profile());
        }
        if (event.is(MemberEvents.MEMBERSHIP_ENDED)) {
            return new Update().set("active", false);
        }
        if (event.is(MemberEvents.MEMBERSHIP_SUSPENDED)) {
            return new Update().set("active", false);
        }
        if (event.is(MemberEvents.MEMBERSHIP_REINSTATED)) {
            return new Update().set("active", true);
        }
        return null;
    }

    private static Update profile(MemberProfile profile) {
        return new Update().set("legalName", profile.legalName()).set("sector", profile.sector())
                .set("sizeClass", profile.sizeClass()).set("region", profile.location().region());
    }
}
