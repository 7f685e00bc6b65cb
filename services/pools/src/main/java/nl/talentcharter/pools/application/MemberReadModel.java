package nl.talentcharter.pools.application;

import nl.talentcharter.eventkit.inbound.IdempotentEffects;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.pools.persistence.MemberRecord;
import nl.talentcharter.pools.persistence.MemberRecord.Membership;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps the local membership view up to date, each event applied once: the member's last applied sequence
 * is written in the same single-document update as the effect (event-kit), so a duplicate or a replayed
 * older event changes nothing.
 */
@Service
public class MemberReadModel {

    private final IdempotentEffects effects;

    public MemberReadModel(IdempotentEffects effects) {
        this.effects = effects;
    }

    public void membership(InboundEvent event, String memberId, Membership membership) {
        effects.applyOnce(event, MemberRecord.class, memberId, new Update().set("membership", membership));
    }
}
