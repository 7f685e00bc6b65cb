package nl.talentcharter.sprints.application;

import nl.talentcharter.contracts.hrscans.HrScanCompleted;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.eventkit.inbound.IdempotentEffects;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.sprints.domain.interest.ScanGaps;
import nl.talentcharter.sprints.persistence.CompanyRecord;
import nl.talentcharter.sprints.persistence.CompanyRecord.CompletedScan;
import nl.talentcharter.sprints.persistence.CompanyRecord.Membership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps the local view of companies up to date from talentcharter.members and talentcharter.hr-scans, each
 * event applied once: the last applied sequence per source aggregate (member or scan) is written in the same
 * single-document update as the effect (event-kit), so a duplicate or replayed event changes nothing.
 */
@Service
public class CompanyReadModel {

    private static final Logger log = LoggerFactory.getLogger(CompanyReadModel.class);

    private final IdempotentEffects effects;
    private final SprintService sprints;

    public CompanyReadModel(IdempotentEffects effects, SprintService sprints) {
        this.effects = effects;
        this.sprints = sprints;
    }

    public void applied(InboundEvent event, String memberId, MemberProfile profile) {
        apply(event, memberId, profile(profile).set("membership", Membership.APPLIED));
    }

    public void joined(InboundEvent event, String memberId, MemberProfile profile) {
        apply(event, memberId, profile(profile).set("membership", Membership.ACTIVE));
    }

    public void profileChanged(InboundEvent event, String memberId, MemberProfile profile) {
        apply(event, memberId, profile(profile));
    }

    public void membership(InboundEvent event, String memberId, Membership membership) {
        apply(event, memberId, new Update().set("membership", membership));
    }

    /**
     * Takes the company out of its open sprints, then records the end. In this order a crash in between leaves
     * the event unapplied, so its redelivery finishes the job; an event already applied (a duplicate, or a
     * replay after the company joined again) takes it out of nothing.
     */
    public void ended(InboundEvent event, String memberId) {
        if (effects.alreadyApplied(event, CompanyRecord.COLLECTION, memberId)) {
            apply(event, memberId, new Update()); // counted as a duplicate, nothing else
            return;
        }
        int left = sprints.membershipEnded(memberId);
        apply(event, memberId, new Update().set("membership", Membership.ENDED));
        if (left > 0) {
            log.info("membership of {} ended: taken out of {} open sprints", memberId, left);
        }
    }

    /** Remembers the scan's weakest domains; the latest completed scan is what interest is inferred from. */
    public void scanCompleted(InboundEvent event, HrScanCompleted completed) {
        apply(event, completed.memberId(), new Update().push("completedScans",
                new CompletedScan(completed.scanId(), completed.completedAt(), ScanGaps.weakest(completed.domainScores()))));
    }

    public void skipped(InboundEvent event) {
        log.debug("not needed here: {} {}", event.type(), event.id());
    }

    private void apply(InboundEvent event, String memberId, Update effect) {
        effects.applyOnce(event, CompanyRecord.class, memberId, effect);
    }

    private static Update profile(MemberProfile profile) {
        return new Update().set("legalName", profile.legalName()).set("region", profile.location().region())
                .set("frontRunner", profile.frontRunner());
    }
}
