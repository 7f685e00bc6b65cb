package nl.talentcharter.pools.domain.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.talentcharter.contracts.pools.MatchDeclined;
import nl.talentcharter.contracts.pools.MatchProposed;
import nl.talentcharter.contracts.pools.PlacementConfirmed;
import nl.talentcharter.contracts.pools.PlacementEnded;
import nl.talentcharter.contracts.pools.TalentRequested;
import nl.talentcharter.pools.domain.InvalidInput;
import nl.talentcharter.pools.domain.Refused;
import nl.talentcharter.pools.domain.matching.Coordinates;
import nl.talentcharter.pools.domain.matching.Need;
import nl.talentcharter.pools.domain.matching.Period;
import nl.talentcharter.pools.domain.matching.ProposedMatch;

/** A member's need for people from its pool, and the matches proposed for it. */
public final class TalentRequest {

    public record State(String requestId, String poolId, String memberId, String occupation,
                        List<SkillLevel> requiredSkills, Set<String> desiredSkills, List<LanguageLevel> languages,
                        Set<String> certificates, LocalDate periodStart, LocalDate periodEnd, int hoursPerWeek,
                        String placeName, double latitude, double longitude, int positions, Instant requestedAt,
                        List<Proposal> proposals, String closedReason) {

        /** A request as asked: nothing proposed yet, open. */
        public State(String requestId, String poolId, String memberId, String occupation,
                     List<SkillLevel> requiredSkills, Set<String> desiredSkills, List<LanguageLevel> languages,
                     Set<String> certificates, LocalDate periodStart, LocalDate periodEnd, int hoursPerWeek,
                     String placeName, double latitude, double longitude, int positions, Instant requestedAt,
                     List<Proposal> proposals) {
            this(requestId, poolId, memberId, occupation, requiredSkills, desiredSkills, languages, certificates,
                    periodStart, periodEnd, hoursPerWeek, placeName, latitude, longitude, positions, requestedAt,
                    proposals, null);
        }
    }

    private State state;
    private final List<Record> pending = new ArrayList<>();

    private TalentRequest(State state) {
        this.state = state;
    }

    public static TalentRequest request(State asked) {
        InvalidInput.require(asked.requiredSkills() != null && !asked.requiredSkills().isEmpty(), "requiredSkills",
                "a request names at least one required skill");
        for (SkillLevel skill : asked.requiredSkills()) {
            InvalidInput.require(skill.level() >= 1 && skill.level() <= 4, "requiredSkills",
                    "skill levels are 1 (basic) to 4 (expert), not " + skill.level());
        }
        InvalidInput.require(asked.periodStart() != null && asked.periodEnd() != null, "periodEnd", "a request needs a period");
        InvalidInput.require(!asked.periodEnd().isBefore(asked.periodStart()), "periodEnd",
                "the period ends (" + asked.periodEnd() + ") before it starts (" + asked.periodStart() + ")");
        InvalidInput.require(asked.positions() >= 1 && asked.positions() <= 500, "positions", "1 to 500 people");
        InvalidInput.require(asked.hoursPerWeek() >= 1 && asked.hoursPerWeek() <= 60, "hoursPerWeek", "1 to 60 hours a week");
        InvalidInput.require(asked.placeName() != null && !asked.placeName().isBlank(), "placeName", "where is the work?");
        InvalidInput.require(Math.abs(asked.latitude()) <= 90 && Math.abs(asked.longitude()) <= 180, "latitude",
                "coordinates out of range");
        InvalidInput.require(asked.languages().stream().allMatch(l -> l.language() != null && l.level() != null),
                "languages", "every language needs a CEFR level");
        TalentRequest request = new TalentRequest(asked);
        request.pending.add(new TalentRequested(asked.requestId(), asked.poolId(), asked.memberId(), asked.occupation(),
                asked.positions(), asked.periodStart(), asked.periodEnd(), asked.hoursPerWeek(), asked.requestedAt()));
        return request;
    }

    public static TalentRequest restore(State state) {
        return new TalentRequest(state);
    }

    public Need asNeed() {
        return new Need(state.requestId(), state.memberId(),
                state.requiredSkills().stream().collect(Collectors.toMap(SkillLevel::skill, SkillLevel::level, Math::max)),
                state.desiredSkills(),
                state.languages().stream().collect(Collectors.toMap(LanguageLevel::language, LanguageLevel::level,
                        (a, b) -> a.compareTo(b) >= 0 ? a : b)),
                state.certificates(), new Period(state.periodStart(), state.periodEnd()), state.hoursPerWeek(),
                new Coordinates(state.latitude(), state.longitude()), state.placeName(), openPositions(),
                declinedPeople());
    }

    /**
     * Positions not proposed to anyone, or whose proposal was declined or overruled (an ended placement served
     * its position: it does not reopen).
     */
    public int openPositions() {
        if (state.closedReason() != null) {
            return 0;
        }
        return state.positions() - (int) state.proposals().stream().filter(p -> !p.status().reopensPosition()).count();
    }

    /** People declined or overruled for this request: not proposed for it again. */
    public Set<String> declinedPeople() {
        return state.proposals().stream().filter(p -> p.status().reopensPosition()).map(Proposal::personId)
                .collect(Collectors.toSet());
    }

    /** People proposed or placed here and not ended: taken for other requests. */
    public Set<String> peopleTaken() {
        return new HashSet<>(state.proposals().stream().filter(p -> p.status().live()).map(Proposal::personId).toList());
    }

    /** People who were placed with this member before (continuity in later runs). */
    public Set<String> peoplePlaced() {
        return new HashSet<>(state.proposals().stream().filter(p -> p.status() != PlacementStatus.PROPOSED)
                .map(Proposal::personId).toList());
    }

    public Proposal proposal(String matchId) {
        return state.proposals().stream().filter(p -> p.matchId().equals(matchId)).findFirst()
                .orElseThrow(() -> new nl.talentcharter.pools.domain.NotFound("match", matchId));
    }

    /**
     * One side accepts; when both have, the placement is confirmed (PlacementConfirmed). Accepting again
     * changes nothing.
     */
    public void accept(String matchId, boolean byRequester, boolean byOfferer, String poolId, Instant now) {
        Proposal proposal = proposal(matchId);
        if (proposal.status() != PlacementStatus.PROPOSED) {
            throw new Refused("placement-not-proposed", "match " + matchId + " is " + proposal.status() + ", not proposed");
        }
        Proposal accepted = proposal.accepted(byRequester, byOfferer);
        replace(accepted);
        if (accepted.status() == PlacementStatus.CONFIRMED) {
            pending.add(new PlacementConfirmed(state.requestId(), matchId, poolId, accepted.personId(), state.memberId(), now));
        }
    }

    public void end(String matchId, String reason, String poolId, Instant now) {
        InvalidInput.require(reason != null && !reason.isBlank() && reason.length() <= 500, "reason",
                "say why the placement ends (at most 500 characters, no personal data)");
        Proposal proposal = proposal(matchId);
        if (proposal.status() != PlacementStatus.CONFIRMED) {
            throw new Refused("placement-not-confirmed", "match " + matchId + " is " + proposal.status() + ", not confirmed");
        }
        replace(proposal.ended(reason.strip()));
        pending.add(new PlacementEnded(state.requestId(), matchId, poolId, proposal.personId(), state.memberId(),
                reason.strip(), now));
    }

    /**
     * The requesting member or the offering party declines a proposal, or an operator overrules it
     * (MatchDeclined); only while it is proposed: a confirmed placement is ended instead.
     */
    public void decline(String matchId, DeclinedBy by, String reason, String poolId, Instant now) {
        InvalidInput.require(reason != null && !reason.isBlank() && reason.length() <= 500, "reason",
                "say why the proposal is declined (at most 500 characters, no personal data)");
        Proposal proposal = proposal(matchId);
        if (proposal.status() != PlacementStatus.PROPOSED) {
            throw new Refused("placement-not-proposed", "match " + matchId + " is " + proposal.status()
                    + ", not proposed: " + (proposal.status() == PlacementStatus.CONFIRMED
                    ? "end the placement instead" : "nothing left to decline"));
        }
        replace(proposal.declined(by, reason.strip(), now));
        pending.add(new MatchDeclined(state.requestId(), matchId, poolId, proposal.runId(), proposal.personId(),
                state.memberId(), by.name(), reason.strip(), now));
    }

    /**
     * The requesting member left the pool (membership suspended or ended): no further matching, and every
     * proposal still open is declined on its behalf (MatchDeclined), so the people proposed are free again.
     * Confirmed placements run on: they are agreements between the member and the person. Closing twice
     * changes nothing.
     */
    public void close(String reason, String poolId, Instant now) {
        if (state.closedReason() != null) {
            return;
        }
        for (Proposal proposal : state.proposals()) {
            if (proposal.status() == PlacementStatus.PROPOSED) {
                decline(proposal.matchId(), DeclinedBy.REQUESTING_MEMBER, reason, poolId, now);
            }
        }
        state = new State(state.requestId(), state.poolId(), state.memberId(), state.occupation(), state.requiredSkills(),
                state.desiredSkills(), state.languages(), state.certificates(), state.periodStart(), state.periodEnd(),
                state.hoursPerWeek(), state.placeName(), state.latitude(), state.longitude(), state.positions(),
                state.requestedAt(), state.proposals(), reason);
    }

    public boolean closed() {
        return state.closedReason() != null;
    }

    private void replace(Proposal changed) {
        state = with(state.proposals().stream().map(p -> p.matchId().equals(changed.matchId()) ? changed : p).toList());
    }

    public boolean hasProposal(String matchId) {
        return state.proposals().stream().anyMatch(p -> p.matchId().equals(matchId));
    }

    public void propose(ProposedMatch match, String matchId, String runId, String poolId, Instant now) {
        List<Proposal> proposals = new ArrayList<>(state.proposals());
        proposals.add(Proposal.proposed(matchId, runId, match.personId(), match.score(), match.explanation(), now));
        state = with(List.copyOf(proposals));
        pending.add(new MatchProposed(state.requestId(), matchId, poolId, runId, match.personId(), state.memberId(),
                match.score(), now));
    }

    /** An erased person's proposals keep only the pseudonymous id; explanations can describe them, so they go. */
    public boolean forget(String personId) {
        List<Proposal> kept = state.proposals().stream().map(p -> p.personId().equals(personId)
                ? p.withExplanation(List.of("person erased")) : p).toList();
        boolean changed = !kept.equals(state.proposals());
        state = with(kept);
        return changed;
    }

    private State with(List<Proposal> proposals) {
        return new State(state.requestId(), state.poolId(), state.memberId(), state.occupation(), state.requiredSkills(),
                state.desiredSkills(), state.languages(), state.certificates(), state.periodStart(), state.periodEnd(),
                state.hoursPerWeek(), state.placeName(), state.latitude(), state.longitude(), state.positions(),
                state.requestedAt(), proposals, state.closedReason());
    }

    public State state() {
        return state;
    }

    public String id() {
        return state.requestId();
    }

    public List<Record> pendingEvents() {
        return List.copyOf(pending);
    }

}
