package nl.talentcharter.hrscans.application;

import java.time.Clock;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.eventkit.inbound.IdempotentEffects;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.hrscans.persistence.MemberRecord;
import nl.talentcharter.hrscans.persistence.MemberRecord.Membership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps the local view of members up to date, each event applied once: the member's last applied
 * sequence is written in the same single-document update as the effect (event-kit), so a duplicate or a
 * replayed older event changes nothing.
 */
@Service
public class MemberReadModel {

    private static final Logger log = LoggerFactory.getLogger(MemberReadModel.class);

    private final IdempotentEffects effects;
    private final ScanService scans;
    private final Clock clock;

    public MemberReadModel(IdempotentEffects effects, ScanService scans, Clock clock) {
        this.effects = effects;
        this.scans = scans;
        this.clock = clock;
    }

    public void applied(InboundEvent event, String memberId, MemberProfile profile) {
        apply(event, memberId, profile(profile).set("membership", Membership.APPLIED));
    }

    public void joined(InboundEvent event, String memberId, int period, MemberProfile profile) {
        apply(event, memberId, profile(profile).set("membership", Membership.ACTIVE).set("membershipPeriod", period));
    }

    public void profileChanged(InboundEvent event, String memberId, MemberProfile profile) {
        apply(event, memberId, profile(profile));
    }

    public void suspended(InboundEvent event, String memberId) {
        apply(event, memberId, new Update().set("membership", Membership.SUSPENDED));
    }

    public void reinstated(InboundEvent event, String memberId) {
        apply(event, memberId, new Update().set("membership", Membership.ACTIVE));
    }

    /**
     * Cancels the member's open scans, then records the end. In this order a crash in between leaves the
     * event unapplied, so its redelivery cancels whatever is still open (cancelling is idempotent) and then
     * records it; an event already applied (a duplicate or a replay after re-joining) cancels nothing.
     */
    public void ended(InboundEvent event, String memberId) {
        if (effects.alreadyApplied(event, MemberRecord.COLLECTION, memberId)) {
            effects.applyOnce(event, MemberRecord.class, memberId, new Update());
            return;
        }
        int cancelled = scans.cancelOpenScansOfEndedMember(memberId, clock.instant());
        apply(event, memberId, new Update().set("membership", Membership.ENDED));
        if (cancelled > 0) {
            log.info("membership of {} ended: {} open HR scans cancelled", memberId, cancelled);
        }
    }

    public void skipped(InboundEvent event) {
        log.debug("not needed here: {} {}", event.type(), event.id());
    }

    private void apply(InboundEvent event, String memberId, Update effect) {
        effects.applyOnce(event, MemberRecord.class, memberId, effect);
    }

    private static Update profile(MemberProfile profile) {
        return new Update().set("legalName", profile.legalName()).set("sector", profile.sector())
                .set("region", profile.location().region()).set("sizeClass", profile.sizeClass());
    }
}
