package nl.talentcharter.sprints.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.talentcharter.sprints.domain.cohort.CohortPlanner;
import nl.talentcharter.sprints.domain.cohort.Placement;
import nl.talentcharter.sprints.domain.proposal.CohortRefused;
import nl.talentcharter.sprints.domain.proposal.ProposedCohort;
import nl.talentcharter.sprints.domain.proposal.ProposedCohorts;
import nl.talentcharter.sprints.domain.sprint.Sprint;
import nl.talentcharter.sprints.domain.theme.Theme;
import nl.talentcharter.sprints.persistence.CompanyDirectory;
import nl.talentcharter.sprints.persistence.CompanyRecord;
import nl.talentcharter.sprints.persistence.ProposalStore;
import nl.talentcharter.sprints.persistence.SprintStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Cohort proposals as operators handle them: proposed and stored per theme, then per cohort adjusted,
 * accepted or rejected (ADR 0083).
 *
 * <p>Accepting touches two documents, so it is ordered to be safe to repeat: first the sprint is inserted
 * under the id derived from proposal and cohort number (an existing one means an earlier accept got that far),
 * then the cohort is marked accepted. A crash in between is repaired by accepting again, and while the sprint
 * exists the cohort can no longer be rejected.
 */
@Service
public class CohortProposals {

    private static final int ATTEMPTS = 4;

    private final ProposalStore proposals;
    private final ThemeCatalogue themes;
    private final Interests interests;
    private final SprintService sprints;
    private final SprintStore sprintStore;
    private final CompanyDirectory companies;
    private final Clock clock;
    private final CohortPlanner planner = new CohortPlanner();

    public CohortProposals(ProposalStore proposals, ThemeCatalogue themes, Interests interests, SprintService sprints,
            SprintStore sprintStore, CompanyDirectory companies, Clock clock) {
        this.proposals = proposals;
        this.themes = themes;
        this.interests = interests;
        this.sprints = sprints;
        this.sprintStore = sprintStore;
        this.companies = companies;
        this.clock = clock;
    }

    /** The sprint an accepted cohort became; {@code created} is false when an earlier accept had made it. */
    public record Accepted(Sprint sprint, boolean created) {
    }

    public ProposedCohorts propose(String themeId, String proposedBy) {
        Theme theme = themes.get(themeId);
        ProposedCohorts proposal = ProposedCohorts.of(UUID.randomUUID().toString(), theme.id(),
                planner.propose(theme, interests.candidates(theme)), proposedBy, clock.instant());
        proposals.insert(proposal);
        return proposal;
    }

    public ProposedCohorts get(String proposalId) {
        return proposals.load(proposalId).proposal();
    }

    public List<ProposedCohorts> all(String themeId) {
        return proposals.all(themeId);
    }

    public ProposedCohorts adjust(String proposalId, int number, List<String> add, List<String> remove) {
        List<Placement> adding = (add == null ? List.<String>of() : add).stream().map(this::addedByOperator).toList();
        return modify(proposalId, proposal -> {
            requireNoSprint(proposal, number);
            proposal.adjust(number, adding, remove);
        });
    }

    /**
     * The cohort becomes a proposed sprint with {@code cohortProposalId} set; {@code leadMemberId} absent =
     * the company the cohort was built around. Accepting an accepted cohort answers its sprint unchanged.
     */
    public Accepted accept(String proposalId, int number, String challenge, String leadMemberId, String facilitatorId,
            Integer plannedSessions) {
        ProposedCohorts proposal = proposals.load(proposalId).proposal();
        String sprintId = ProposedCohorts.sprintIdFor(proposalId, number);
        if (!proposal.acceptable(number)) {
            return new Accepted(sprints.get(sprintId), false);
        }
        ProposedCohort cohort = proposal.cohort(number);
        String lead = leadMemberId == null || leadMemberId.isBlank() ? cohort.memberIds().get(0) : leadMemberId;
        if (!cohort.includes(lead)) {
            throw new CohortRefused("lead-not-in-cohort", false, "member " + lead + " is not in cohort " + number
                    + "; the lead company is one of the cohort");
        }
        Accepted accepted;
        if (sprintStore.exists(sprintId)) {
            accepted = new Accepted(sprints.get(sprintId), false);
        } else {
            try {
                accepted = new Accepted(sprints.propose(sprintId, proposal.themeId(), challenge, lead, facilitatorId,
                        cohort.memberIds(), plannedSessions, proposalId), true);
            } catch (DuplicateKeyException acceptedMeanwhile) {
                accepted = new Accepted(sprints.get(sprintId), false);
            }
        }
        modify(proposalId, p -> p.accepted(number));
        return accepted;
    }

    public ProposedCohorts reject(String proposalId, int number, String reason) {
        return modify(proposalId, proposal -> {
            requireNoSprint(proposal, number);
            proposal.reject(number, reason);
        });
    }

    /** An accept that created the sprint but crashed before marking the cohort still decided it. */
    private void requireNoSprint(ProposedCohorts proposal, int number) {
        proposal.cohort(number);
        if (sprintStore.exists(ProposedCohorts.sprintIdFor(proposal.id(), number))) {
            throw new CohortRefused("cohort-decided", true, "cohort " + number + " of proposal " + proposal.id()
                    + " became a sprint already; accept it again to finish that");
        }
    }

    private Placement addedByOperator(String memberId) {
        sprints.requireActive(memberId);
        CompanyRecord company = companies.find(memberId).orElseThrow();
        return new Placement(memberId, company.frontRunner(), "Added by an operator when adjusting the cohort.");
    }

    private ProposedCohorts modify(String proposalId, Consumer<ProposedCohorts> change) {
        for (int attempt = 1; ; attempt++) {
            ProposalStore.Loaded loaded = proposals.load(proposalId);
            ProposedCohorts.State before = loaded.proposal().state();
            change.accept(loaded.proposal());
            if (before.equals(loaded.proposal().state())) {
                return loaded.proposal();
            }
            try {
                proposals.save(loaded);
                return loaded.proposal();
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }
}
