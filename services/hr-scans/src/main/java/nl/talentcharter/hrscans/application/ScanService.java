package nl.talentcharter.hrscans.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.talentcharter.contracts.hrscans.CancellationReason;
import nl.talentcharter.contracts.hrscans.ScanRequester;
import nl.talentcharter.hrscans.domain.scan.CompanyProfile;
import nl.talentcharter.hrscans.domain.scan.FollowUp;
import nl.talentcharter.hrscans.domain.scan.HrScan;
import nl.talentcharter.hrscans.domain.scan.NewActionPoint;
import nl.talentcharter.hrscans.domain.scan.ScanStatus;
import nl.talentcharter.hrscans.domain.template.ScanTemplate;
import nl.talentcharter.hrscans.domain.template.TemplateCatalog;
import nl.talentcharter.hrscans.messaging.ScanEventOutbox;
import nl.talentcharter.hrscans.persistence.MemberDirectory;
import nl.talentcharter.hrscans.persistence.MemberRecord;
import nl.talentcharter.hrscans.persistence.ScanStore;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The scan use cases. Each loads one scan, lets the domain decide, records the raised events into the
 * scan document's outbox and saves that document once: state and events land together or not at all, and
 * a refused step leaves both untouched. A concurrent change of the same scan is retried on fresh state.
 */
@Service
public class ScanService {

    private static final int ATTEMPTS = 4;

    private final ScanStore store;
    private final ScanEventOutbox outbox;
    private final MemberDirectory members;
    private final TemplateCatalog templates;
    private final HrScansProperties properties;
    private final Clock clock;

    public ScanService(ScanStore store, ScanEventOutbox outbox, MemberDirectory members, TemplateCatalog templates,
            HrScansProperties properties, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.members = members;
        this.templates = templates;
        this.properties = properties;
        this.clock = clock;
    }

    /** A scan for an active member, on the given published template version or the current one. */
    public HrScan request(String memberId, Integer templateVersion, ScanRequester requestedBy) {
        MemberRecord member = members.find(memberId).orElseThrow(() -> new MemberNotEligible("member-unknown",
                "member " + memberId + " is not known to the HR scans service"));
        if (!member.isActive()) {
            throw new MemberNotEligible("member-not-active", "member " + memberId + " is "
                    + String.valueOf(member.membership()).toLowerCase() + ": only active members can get an HR scan");
        }
        ScanTemplate template = templateVersion == null ? templates.current(properties.getTemplateId())
                : templates.get(properties.getTemplateId(), templateVersion);
        Instant now = clock.instant();
        HrScan scan = HrScan.request(UUID.randomUUID().toString(), memberId,
                new CompanyProfile(member.sector(), member.region(), member.sizeClass()), template, requestedBy, now);
        store.save(store.fresh(scan), now, outbox::recordPending);
        return scan;
    }

    public HrScan get(String scanId) {
        return store.load(scanId).scan();
    }

    public List<HrScan> list(String memberId, ScanStatus status) {
        return store.all(memberId, status);
    }

    public HrScan schedule(String scanId, String advisorId, LocalDate date) {
        return modify(scanId, scan -> scan.schedule(advisorId, date));
    }

    public HrScan answer(String scanId, Map<String, String> answers) {
        return modify(scanId, scan -> scan.answer(templateOf(scan), answers));
    }

    public HrScan complete(String scanId) {
        return modify(scanId, scan -> scan.complete(templateOf(scan), clock.instant(), properties.getFollowUpDueAfter()));
    }

    public FollowUp holdFollowUp(String scanId, LocalDate heldOn, String advisorId, String notes,
            List<NewActionPoint> actionPoints) {
        FollowUp[] held = new FollowUp[1];
        modify(scanId, scan -> held[0] = scan.holdFollowUp(heldOn, advisorId, notes, actionPoints));
        return held[0];
    }

    public HrScan completeActionPoint(String scanId, String actionPointId) {
        return modify(scanId, scan -> scan.completeActionPoint(actionPointId, today()));
    }

    public HrScan close(String scanId) {
        return modify(scanId, scan -> scan.close(clock.instant()));
    }

    public HrScan withdraw(String scanId) {
        return modify(scanId, scan -> scan.cancel(CancellationReason.WITHDRAWN, clock.instant()));
    }

    /** Cancels every scan of the member that is not completed yet; returns how many. */
    public int cancelOpenScansOfEndedMember(String memberId, Instant now) {
        int cancelled = 0;
        for (String scanId : store.openScanIds(memberId)) {
            boolean[] changed = {false};
            modify(scanId, scan -> {
                // a scan completed meanwhile keeps its result: cancel only what is still open
                if (scan.status().isOpen()) {
                    scan.cancel(CancellationReason.MEMBERSHIP_ENDED, now);
                    changed[0] = true;
                }
            });
            cancelled += changed[0] ? 1 : 0;
        }
        return cancelled;
    }

    /** Announces the scan's overdue follow-up if it is overdue and was not announced before. */
    public boolean announceOverdueFollowUp(String scanId, LocalDate today) {
        boolean[] announced = {false};
        modify(scanId, scan -> announced[0] = scan.announceOverdueFollowUp(today));
        return announced[0];
    }

    public ScanTemplate templateOf(HrScan scan) {
        return templates.get(scan.state().templateId(), scan.state().templateVersion());
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private HrScan modify(String scanId, Consumer<HrScan> change) {
        for (int attempt = 1; ; attempt++) {
            ScanStore.Loaded loaded = store.load(scanId);
            change.accept(loaded.scan());
            if (!loaded.changed()) {
                return loaded.scan();
            }
            try {
                store.save(loaded, clock.instant(), outbox::recordPending);
                return loaded.scan();
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }
}
