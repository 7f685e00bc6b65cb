package nl.talentcharter.sprints.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.talentcharter.sprints.domain.sprint.Outcome;
import nl.talentcharter.sprints.domain.sprint.Session;
import nl.talentcharter.sprints.domain.sprint.Sprint;
import nl.talentcharter.sprints.domain.sprint.SprintStatus;
import nl.talentcharter.sprints.domain.theme.Theme;
import nl.talentcharter.sprints.messaging.SprintEventOutbox;
import nl.talentcharter.sprints.persistence.CompanyDirectory;
import nl.talentcharter.sprints.persistence.CompanyRecord;
import nl.talentcharter.sprints.persistence.SprintStore;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The sprint use cases. Each loads one sprint, lets the domain decide, records the raised events into the
 * sprint document's outbox and saves that document once: state and events land together or not at all,
 * and a refused step leaves both untouched. A concurrent change of the same sprint is retried on fresh state.
 */
@Service
public class SprintService {

    private static final int ATTEMPTS = 4;

    private final SprintStore store;
    private final SprintEventOutbox outbox;
    private final CompanyDirectory companies;
    private final ThemeCatalogue themes;
    private final SprintsProperties properties;
    private final Clock clock;

    public SprintService(SprintStore store, SprintEventOutbox outbox, CompanyDirectory companies, ThemeCatalogue themes,
            SprintsProperties properties, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.companies = companies;
        this.themes = themes;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new sprint; {@code sprintId} null = a fresh one (a cohort proposal passes a derived, stable id). */
    public Sprint propose(String sprintId, String themeId, String challenge, String leadMemberId, String facilitatorId,
            List<String> memberIds, Integer plannedSessions, String cohortProposalId) {
        Theme theme = themes.get(themeId);
        requireActive(leadMemberId);
        (memberIds == null ? List.<String>of() : memberIds).forEach(this::requireActive);
        Instant now = clock.instant();
        Sprint sprint = Sprint.propose(sprintId == null ? UUID.randomUUID().toString() : sprintId, theme, challenge,
                leadMemberId, facilitatorId, memberIds, plannedSessions, cohortProposalId, now);
        store.save(store.fresh(sprint), now, outbox::recordPending);
        return sprint;
    }

    public Sprint get(String sprintId) {
        return store.load(sprintId).sprint();
    }

    public List<Sprint> list(SprintStatus status) {
        return store.all(status);
    }

    public List<Sprint> visibleTo(String memberId) {
        return store.visibleTo(memberId);
    }

    public Sprint start(String sprintId) {
        return modify(sprintId, sprint -> sprint.start(today()));
    }

    public Sprint join(String sprintId, String memberId) {
        store.load(sprintId); // an unknown sprint is a 404 before the member is looked at
        requireActive(memberId);
        return modify(sprintId, sprint -> sprint.join(memberId, today()));
    }

    public Sprint leave(String sprintId, String memberId, String reason) {
        return modify(sprintId, sprint -> sprint.leave(memberId, reason, today()));
    }

    public Session holdSession(String sprintId, LocalDate heldOn, String agenda, List<String> present, String notes) {
        String sessionId = UUID.randomUUID().toString();
        Session[] held = new Session[1];
        modify(sprintId, sprint -> held[0] = sprint.holdSession(sessionId, heldOn, agenda, present, notes));
        return held[0];
    }

    public Sprint complete(String sprintId, Outcome outcome) {
        return modify(sprintId, sprint -> sprint.complete(outcome, properties.getMinimumSessionsToComplete(), today()));
    }

    public Sprint cancel(String sprintId, String reason) {
        return modify(sprintId, sprint -> sprint.cancel(reason, clock.instant()));
    }

    /**
     * Takes a company whose membership ended out of its open sprints (CompanyLeftSprint, or SprintCancelled
     * where it leads); answers how many sprints changed. Safe to repeat: a sprint it left is not found again.
     */
    public int membershipEnded(String memberId) {
        int changed = 0;
        for (String sprintId : store.openWith(memberId)) {
            Sprint sprint = modify(sprintId, s -> s.membershipEnded(memberId, today(), clock.instant()));
            changed += sprint.isParticipant(memberId) && sprint.status().isOpen() ? 0 : 1;
        }
        return changed;
    }

    /** Only active members take part; the read model of talentcharter.members decides. */
    void requireActive(String memberId) {
        if (memberId == null || memberId.isBlank()) {
            return; // the domain names the missing field
        }
        CompanyRecord company = companies.find(memberId).orElseThrow(() -> new MemberNotEligible("member-unknown",
                "member " + memberId + " is not known to the sprints service"));
        if (!company.isActive()) {
            throw new MemberNotEligible("member-not-active", "member " + memberId + " is "
                    + String.valueOf(company.membership()).toLowerCase() + ": only active members take part in sprints");
        }
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private Sprint modify(String sprintId, Consumer<Sprint> change) {
        for (int attempt = 1; ; attempt++) {
            SprintStore.Loaded loaded = store.load(sprintId);
            change.accept(loaded.sprint());
            if (!loaded.changed()) {
                return loaded.sprint();
            }
            try {
                store.save(loaded, clock.instant(), outbox::recordPending);
                return loaded.sprint();
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }
}
