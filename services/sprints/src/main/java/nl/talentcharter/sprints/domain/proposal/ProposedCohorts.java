package nl.talentcharter.sprints.domain.proposal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.talentcharter.sprints.domain.cohort.CohortPlanner;
import nl.talentcharter.sprints.domain.cohort.CohortProposal;
import nl.talentcharter.sprints.domain.cohort.Placement;
import nl.talentcharter.sprints.domain.cohort.Unplaced;
import nl.talentcharter.sprints.domain.sprint.InvalidSprintInput;

/**
 * A stored cohort proposal for one theme: the planner's cohorts, numbered, each of which operators adjust,
 * accept (it becomes a sprint) or reject. Every step checks its rules first and changes nothing when it refuses.
 * The sprint an accepted cohort becomes has an id derived from the proposal id and the cohort number, so
 * accepting the same cohort twice finds the sprint of the first time instead of making a second one.
 */
public final class ProposedCohorts {

    /** Everything the proposal is, for storing and restoring. */
    public record State(String id, String themeId, Instant proposedAt, String proposedBy, List<ProposedCohort> cohorts,
            List<Unplaced> unplaced) {

        public State {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(themeId, "themeId");
            cohorts = List.copyOf(cohorts);
            unplaced = unplaced == null ? List.of() : List.copyOf(unplaced);
        }
    }

    private State state;

    private ProposedCohorts(State state) {
        this.state = state;
    }

    public static ProposedCohorts restore(State state) {
        return new ProposedCohorts(state);
    }

    /** The planner's cohorts as an open proposal, numbered 1, 2, ... in the planner's order. */
    public static ProposedCohorts of(String id, String themeId, CohortProposal plan, String proposedBy, Instant now) {
        List<ProposedCohort> cohorts = IntStream.range(0, plan.cohorts().size())
                .mapToObj(i -> new ProposedCohort(i + 1, plan.cohorts().get(i).companies(), CohortDecision.OPEN, null,
                        null))
                .toList();
        return new ProposedCohorts(new State(id, themeId, now, proposedBy, cohorts, plan.unplaced()));
    }

    /** The id of the sprint cohort {@code number} of proposal {@code proposalId} becomes; the same every time. */
    public static String sprintIdFor(String proposalId, int number) {
        return UUID.nameUUIDFromBytes(("cohort-proposal/" + proposalId + "/" + number).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public ProposedCohort cohort(int number) {
        return state.cohorts.stream().filter(c -> c.number() == number).findFirst()
                .orElseThrow(() -> new UnknownProposal("cohort proposal " + state.id + " has no cohort " + number));
    }

    /**
     * Adds and removes companies of an open cohort; the result must stay within {@value CohortPlanner#MIN_SIZE}
     * to {@value CohortPlanner#MAX_SIZE} companies. The caller has checked that added companies are active
     * members and written why they were added.
     */
    public void adjust(int number, List<Placement> add, Collection<String> remove) {
        List<Placement> adding = add == null ? List.of() : add;
        Set<String> removing = remove == null ? Set.of() : new LinkedHashSet<>(remove);
        if (adding.isEmpty() && removing.isEmpty()) {
            throw new InvalidSprintInput("addMemberIds", "or removeMemberIds must name at least one company");
        }
        ProposedCohort cohort = requireOpen(number, "adjusted");
        List<String> strangers = removing.stream().filter(m -> !cohort.includes(m)).toList();
        if (!strangers.isEmpty()) {
            throw new CohortRefused("not-in-cohort", false,
                    "cohort " + number + " does not include " + strangers + ", so they cannot be removed");
        }
        Set<String> added = new LinkedHashSet<>();
        for (Placement placement : adding) {
            String memberId = placement.memberId();
            if ((cohort.includes(memberId) && !removing.contains(memberId)) || !added.add(memberId)) {
                throw new CohortRefused("already-in-cohort", false, "member " + memberId + " is already in cohort " + number);
            }
            state.cohorts.stream().filter(c -> c.number() != number && c.decision() != CohortDecision.REJECTED)
                    .filter(c -> c.includes(memberId)).findFirst().ifPresent(other -> {
                        throw new CohortRefused("in-another-cohort", false, "member " + memberId + " is already in cohort "
                                + other.number() + " of this proposal; remove it there first");
                    });
        }
        List<Placement> companies = new ArrayList<>(cohort.companies().stream()
                .filter(p -> !removing.contains(p.memberId())).toList());
        companies.addAll(adding);
        if (companies.size() < CohortPlanner.MIN_SIZE || companies.size() > CohortPlanner.MAX_SIZE) {
            throw new CohortRefused("cohort-size", false, "cohort " + number + " would have " + companies.size()
                    + " companies; a cohort has " + CohortPlanner.MIN_SIZE + " to " + CohortPlanner.MAX_SIZE);
        }
        replace(new ProposedCohort(number, companies, CohortDecision.OPEN, null, null));
    }

    /**
     * Whether cohort {@code number} may become a sprint now; a rejected one may not. An accepted one answers
     * false too: its sprint exists already.
     */
    public boolean acceptable(int number) {
        ProposedCohort cohort = cohort(number);
        if (cohort.decision() == CohortDecision.REJECTED) {
            throw new CohortRefused("cohort-rejected", true, "cohort " + number + " of proposal " + state.id
                    + " was rejected (" + cohort.rejectReason() + ") and cannot become a sprint");
        }
        return cohort.decision() == CohortDecision.OPEN;
    }

    /** Records that the cohort became its sprint; recording it again changes nothing. */
    public void accepted(int number) {
        if (acceptable(number)) {
            ProposedCohort cohort = cohort(number);
            replace(new ProposedCohort(number, cohort.companies(), CohortDecision.ACCEPTED, sprintIdFor(state.id, number),
                    null));
        }
    }

    public void reject(int number, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidSprintInput("reason", "is required");
        }
        ProposedCohort cohort = requireOpen(number, "rejected");
        replace(new ProposedCohort(number, cohort.companies(), CohortDecision.REJECTED, null, reason.strip()));
    }

    public String id() {
        return state.id;
    }

    public String themeId() {
        return state.themeId;
    }

    public State state() {
        return state;
    }

    private ProposedCohort requireOpen(int number, String what) {
        ProposedCohort cohort = cohort(number);
        if (cohort.decision() != CohortDecision.OPEN) {
            throw new CohortRefused("cohort-decided", true, "cohort " + number + " of proposal " + state.id + " was "
                    + cohort.decision().name().toLowerCase() + " already and cannot be " + what);
        }
        return cohort;
    }

    private void replace(ProposedCohort changed) {
        state = new State(state.id, state.themeId, state.proposedAt, state.proposedBy,
                state.cohorts.stream().map(c -> c.number() == changed.number() ? changed : c).toList(), state.unplaced);
    }
}
