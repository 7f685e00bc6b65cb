package nl.talentcharter.pools.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.pools.domain.InvalidInput;
import nl.talentcharter.pools.domain.NotFound;
import nl.talentcharter.pools.domain.Refused;
import nl.talentcharter.pools.domain.esco.EscoCatalogue;
import nl.talentcharter.pools.domain.matching.Assessor;
import nl.talentcharter.pools.domain.matching.Candidate;
import nl.talentcharter.pools.domain.matching.InputFingerprint;
import nl.talentcharter.pools.domain.matching.Matcher;
import nl.talentcharter.pools.domain.matching.MatchingOutcome;
import nl.talentcharter.pools.domain.matching.NearMiss;
import nl.talentcharter.pools.domain.matching.Need;
import nl.talentcharter.pools.domain.matching.ProposedMatch;
import nl.talentcharter.pools.domain.pool.Pool;
import nl.talentcharter.pools.domain.request.DeclinedBy;
import nl.talentcharter.pools.domain.request.SkillLevel;
import nl.talentcharter.pools.domain.request.TalentRequest;
import nl.talentcharter.pools.domain.talent.PersonProfile;
import nl.talentcharter.pools.domain.talent.Talent;
import nl.talentcharter.pools.persistence.Documents.MatchingRun;
import nl.talentcharter.pools.persistence.Documents.RunMatch;
import nl.talentcharter.pools.persistence.MatchingRunLease;
import nl.talentcharter.pools.persistence.MemberDirectory;
import nl.talentcharter.pools.persistence.PoolsStore;
import org.springframework.stereotype.Service;

/** The pool use cases: each loads, lets the domain decide, and saves state with its events in one write. */
@Service
public class PoolWork {

    private final PoolsStore store;
    private final EscoCatalogue esco;
    private final MemberDirectory members;
    private final MatchingRunLease lease;
    private final Clock clock;

    public PoolWork(PoolsStore store, EscoCatalogue esco, MemberDirectory members, MatchingRunLease lease, Clock clock) {
        this.store = store;
        this.esco = esco;
        this.members = members;
        this.lease = lease;
        this.clock = clock;
    }

    private void requireActive(String memberId) {
        if (!members.isActive(memberId)) {
            throw new Refused("member-not-active", memberId + " is not an active member of the charter");
        }
    }

    public Pool form(String name, List<Sector> sectors, List<Region> regions) {
        Pool pool = Pool.form(UUID.randomUUID().toString(), name, sectors, regions, now());
        store.save(pool);
        return pool;
    }

    public Pool join(String poolId, String memberId) {
        Pool pool = store.pool(poolId);
        InvalidInput.require(memberId != null && !memberId.isBlank(), "memberId", "which member joins?");
        requireActive(memberId);
        pool.join(memberId, now());
        store.save(pool);
        return pool;
    }

    public Pool leave(String poolId, String memberId) {
        Pool pool = store.pool(poolId);
        pool.leave(memberId, now());
        store.save(pool);
        return pool;
    }

    public Pool pool(String poolId) {
        return store.pool(poolId);
    }

    public List<Pool> pools() {
        return store.pools();
    }

    public Talent offer(String poolId, String offeredBy, boolean byPartner, String occupation, PersonProfile profile,
                        boolean consent) {
        return offer(UUID.randomUUID().toString(), poolId, offeredBy, byPartner, occupation, profile, consent);
    }

    /**
     * A partner's referral from talentcharter.partners.inbound (ADR 0108): offered by the partner under a person
     * id derived from the event id, so a redelivered referral finds its person and adds nobody.
     */
    public java.util.Optional<Talent> refer(String eventId, String partnerId, nl.talentcharter.contracts.partners.TalentReferred referral) {
        String personId = UUID.nameUUIDFromBytes(("talent-referred:" + eventId).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        if (store.hasTalent(personId)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(offer(personId, referral.poolId(), "partner:" + partnerId, true,
                referral.occupation(), Referrals.profile(partnerId, referral), referral.consentToShare()));
    }

    private Talent offer(String personId, String poolId, String offeredBy, boolean byPartner, String occupation,
                         PersonProfile profile, boolean consent) {
        Pool pool = store.pool(poolId);
        if (!byPartner && !pool.hasMember(offeredBy)) {
            throw new Refused("not-a-pool-member", offeredBy + " is not a member of pool " + poolId);
        }
        esco.requireOccupation("occupation", occupation);
        InvalidInput.require(profile != null && profile.skills() != null, "person.skills", "a person is offered with at least one skill");
        esco.requireSkills("person.skills", profile.skills().keySet());
        Talent talent = Talent.offer(personId, poolId, offeredBy, byPartner, occupation, profile, consent, today(), now());
        store.insert(talent, profile);
        return talent;
    }

    public Talent talent(String personId) {
        return store.talent(personId);
    }

    public PersonProfile profile(String personId) {
        return store.profile(personId).orElseThrow(() -> new NotFound("person", personId));
    }

    public List<Talent> talentOf(String poolId) {
        store.pool(poolId);
        return store.talentOf(poolId);
    }

    public Talent consent(String personId, boolean granted) {
        Talent talent = store.talent(personId);
        talent.changeConsent(granted);
        store.save(talent);
        return talent;
    }

    public Talent withdraw(String personId, String reason) {
        Talent talent = store.talent(personId);
        talent.withdraw(reason, now());
        store.save(talent);
        return talent;
    }

    /**
     * Erasure (GDPR art. 17): the person's key is destroyed, so their sealed profile is unreadable everywhere;
     * explanations that described them are replaced; the pseudonymous id stays so events still replay.
     */
    public Talent erase(String personId) {
        Talent talent = store.talent(personId);
        talent.erase(now());
        store.erase(talent);
        for (TalentRequest request : store.requestsProposing(personId)) {
            if (request.forget(personId)) {
                store.save(request);
            }
        }
        for (MatchingRun run : store.runsMentioning(personId)) {
            store.replace(new MatchingRun(run.runId(), run.poolId(), run.ranAt(), run.ranBy(), run.inputFingerprint(),
                    run.requests(), run.people(), run.withoutConsent(), run.objective(),
                    run.matches().stream().map(m -> m.personId().equals(personId) ? new RunMatch(m.matchId(),
                            m.requestId(), m.memberId(), m.personId(), m.score(), List.of("person erased")) : m).toList(),
                    run.nearMisses().stream().filter(n -> !n.personId().equals(personId)).toList(),
                    run.unfilledPositions(), run.fairness(), run.applied()));
        }
        return talent;
    }

    public TalentRequest request(TalentRequest.State asked) {
        Pool pool = store.pool(asked.poolId());
        if (!pool.hasMember(asked.memberId())) {
            throw new Refused("not-a-pool-member", asked.memberId() + " is not a member of pool " + asked.poolId());
        }
        requireActive(asked.memberId());
        esco.requireOccupation("occupation", asked.occupation());
        esco.requireSkills("requiredSkills", asked.requiredSkills().stream().map(SkillLevel::skill)
                .collect(java.util.stream.Collectors.toSet()));
        esco.requireSkills("desiredSkills", asked.desiredSkills());
        TalentRequest request = TalentRequest.request(new TalentRequest.State(UUID.randomUUID().toString(),
                asked.poolId(), asked.memberId(), asked.occupation(), asked.requiredSkills(), asked.desiredSkills(),
                asked.languages(), asked.certificates(), asked.periodStart(), asked.periodEnd(), asked.hoursPerWeek(),
                asked.placeName(), asked.latitude(), asked.longitude(), asked.positions(), now(), List.of()));
        store.save(request);
        return request;
    }

    public TalentRequest requestById(String requestId) {
        return store.request(requestId);
    }

    public List<TalentRequest> requestsOf(String poolId) {
        store.pool(poolId);
        return store.requestsOf(poolId);
    }

    /**
     * One matching run over all open positions and all available people of a pool who are not yet proposed.
     * Every proposal is recorded in its request (MatchProposed) and the whole run is kept for review.
     */
    public MatchingRun match(String poolId, String ranBy) {
        store.pool(poolId);
        MatchingRunLease.Hold hold = lease.take(poolId, now()).orElseThrow(() -> new Refused("matching-run-in-progress",
                "a matching run of pool " + poolId + " is in progress: one run at a time keeps a person from being proposed twice"));
        try {
            completeInterruptedRuns(poolId);
            return matchExclusively(poolId, ranBy);
        } finally {
            lease.release(hold, now());
        }
    }

    private MatchingRun matchExclusively(String poolId, String ranBy) {
        LocalDate today = today();
        Instant now = now();
        Set<String> alreadyProposed = new java.util.HashSet<>();
        Map<String, Set<String>> formerEmployers = new HashMap<>();
        List<Need> needs = new ArrayList<>();
        for (TalentRequest request : store.requestsOf(poolId)) {
            alreadyProposed.addAll(request.peopleTaken());
            request.peoplePlaced().forEach(person -> formerEmployers.computeIfAbsent(person, p -> new java.util.HashSet<>())
                    .add(request.state().memberId()));
            if (request.openPositions() > 0 && !request.state().periodEnd().isBefore(today)) {
                needs.add(request.asNeed());
            }
        }
        List<Candidate> people = new ArrayList<>();
        for (Talent talent : store.available(poolId)) {
            if (!alreadyProposed.contains(talent.id())) {
                store.profile(talent.id()).ifPresent(profile -> people.add(talent.asCandidate(profile,
                        formerEmployers.getOrDefault(talent.id(), Set.of()))));
            }
        }
        MatchingOutcome outcome = new Matcher(new Assessor(today, esco)).match(needs, people);
        String runId = UUID.randomUUID().toString();
        List<RunMatch> matches = new ArrayList<>();
        for (ProposedMatch match : outcome.matches()) {
            matches.add(new RunMatch(UUID.randomUUID().toString(), match.requestId(), match.memberId(), match.personId(),
                    match.score(), match.explanation()));
        }
        MatchingRun run = new MatchingRun(runId, poolId, now, ranBy, InputFingerprint.of(needs, people, today),
                needs.size(), people.size(), outcome.withoutConsent(), outcome.objective(), List.copyOf(matches),
                outcome.nearMisses(), outcome.unfilledPositions(), outcome.fairness(), false);
        // the run first, whole: a proposal never points at a run a reviewer cannot find, and a crash while the
        // requests are written leaves the intent from which the next run of the pool completes them
        store.insert(run);
        apply(run, person -> true); // matched a moment ago under the lease: nobody to check again
        return store.run(runId);
    }

    /**
     * Completes the pool's interrupted runs without running a new one (the scheduled completion, ADR 0107).
     *
     * @return the runs completed; empty when there were none, or when a run of the pool holds its lease (a live
     *     run completes them itself, and a crashed run's lease expires, so the caller simply tries again later)
     */
    public List<String> completeInterruptedRunsOf(String poolId) {
        java.util.Optional<MatchingRunLease.Hold> hold = lease.take(poolId, now());
        if (hold.isEmpty()) {
            return List.of();
        }
        try {
            return completeInterruptedRuns(poolId);
        } finally {
            lease.release(hold.get(), now());
        }
    }

    /**
     * Runs of the pool that crashed before all their proposals were in their requests are completed first.
     * Only under the pool's run lease: read before it, a run still being applied would look interrupted.
     */
    private List<String> completeInterruptedRuns(String poolId) {
        List<String> completed = new ArrayList<>();
        for (MatchingRun interrupted : store.unappliedRuns(poolId)) {
            // minutes may have passed since the run: a person withdrawn, erased or no longer consenting in
            // between is not proposed after all (their position stays open for the next run)
            apply(interrupted, person -> store.talent(person).matchable());
            completed.add(interrupted.runId());
        }
        return completed;
    }

    /**
     * Puts each proposal of the run into its request (MatchProposed, one single-document write per request),
     * skipping what is already there, so applying again after a crash halfway adds each proposal exactly once.
     * A request closed in between, or a person who is no longer {@code stillMatchable}, gets no proposal.
     */
    private void apply(MatchingRun run, java.util.function.Predicate<String> stillMatchable) {
        Map<String, List<RunMatch>> byRequest = new java.util.TreeMap<>();
        run.matches().forEach(m -> byRequest.computeIfAbsent(m.requestId(), r -> new ArrayList<>()).add(m));
        for (Map.Entry<String, List<RunMatch>> entry : byRequest.entrySet()) {
            TalentRequest request = store.request(entry.getKey());
            boolean changed = false;
            for (RunMatch m : entry.getValue()) {
                if (!request.closed() && !request.hasProposal(m.matchId()) && stillMatchable.test(m.personId())) {
                    request.propose(new ProposedMatch(m.requestId(), m.memberId(), m.personId(), m.score(),
                            m.explanation()), m.matchId(), run.runId(), run.poolId(), run.ranAt());
                    changed = true;
                }
            }
            if (changed) {
                store.save(request);
            }
        }
        store.markApplied(run.runId());
    }

    /** The requesting member, the offering party, or both (an operator acting for both) accept a proposal. */
    public TalentRequest accept(String requestId, String matchId, boolean byRequester, boolean byOfferer) {
        TalentRequest request = store.request(requestId);
        Talent talent = store.talent(request.proposal(matchId).personId());
        if (!talent.matchable()) {
            throw new Refused("person-not-available", "person " + talent.id()
                    + " withdrew, was erased or no longer consents to be shared: no placement");
        }
        request.accept(matchId, byRequester, byOfferer, request.state().poolId(), now());
        store.save(request);
        return request;
    }

    /** One side declines a proposal (MatchDeclined); the person is available again, the position reopens. */
    public TalentRequest decline(String requestId, String matchId, DeclinedBy by, String reason) {
        TalentRequest request = store.request(requestId);
        request.decline(matchId, by, reason, request.state().poolId(), now());
        store.save(request);
        return request;
    }

    /**
     * An operator reviewing a run overrules one of its proposals (MatchDeclined by OPERATOR). The decision is
     * kept in the proposal itself, in the request's one document with its event: the run's review log reads it
     * from there, so there is no second write that could be lost.
     */
    public TalentRequest overrule(String runId, String matchId, String reason) {
        RunMatch match = store.run(runId).matches().stream().filter(m -> m.matchId().equals(matchId)).findFirst()
                .orElseThrow(() -> new NotFound("match", matchId));
        return decline(match.requestId(), matchId, DeclinedBy.OPERATOR, reason);
    }

    /** What happened to each proposal of a run since: accepted, confirmed, ended, declined or overruled, and why. */
    public List<ReviewEntry> reviewLog(String runId) {
        MatchingRun run = store.run(runId);
        List<ReviewEntry> log = new ArrayList<>();
        for (TalentRequest request : store.requestsOf(run.poolId())) {
            request.state().proposals().stream().filter(p -> runId.equals(p.runId())).forEach(p -> log.add(
                    new ReviewEntry(p.matchId(), request.id(), p.personId(), p.status(), p.acceptedByRequester(),
                            p.acceptedByOfferer(), p.declinedBy(), p.declineReason(), p.declinedAt(), p.endReason())));
        }
        log.sort(java.util.Comparator.comparing(ReviewEntry::matchId));
        return log;
    }

    public record ReviewEntry(String matchId, String requestId, String personId,
                              nl.talentcharter.pools.domain.request.PlacementStatus status, boolean acceptedByRequester,
                              boolean acceptedByOfferer, DeclinedBy declinedBy, String declineReason,
                              Instant declinedAt, String endReason) {
    }

    public TalentRequest end(String requestId, String matchId, String reason) {
        TalentRequest request = store.request(requestId);
        request.end(matchId, reason, request.state().poolId(), now());
        store.save(request);
        return request;
    }

    /** Contact details for the requesting member: only for a confirmed placement of a person who still consents. */
    public Contact contact(String requestId, String matchId) {
        TalentRequest request = store.request(requestId);
        var proposal = request.proposal(matchId);
        if (proposal.status() != nl.talentcharter.pools.domain.request.PlacementStatus.CONFIRMED) {
            throw new Refused("placement-not-confirmed", "contact details follow a confirmed placement; match "
                    + matchId + " is " + proposal.status());
        }
        Talent talent = store.talent(proposal.personId());
        if (!talent.state().consentToShare()) {
            throw new Refused("no-consent", "person " + talent.id() + " does not consent to be shared");
        }
        PersonProfile profile = profile(talent.id());
        return new Contact(talent.id(), profile.name(), profile.email(), profile.phone(), profile.contactDesk());
    }

    /** {@code contactDesk}: set for a partner's referral, whose {@code name} is then the partner's reference. */
    public record Contact(String personId, String name, String email, String phone, String contactDesk) {
    }

    /** The party that offered the person of a proposal (to decide who accepts as offerer). */
    public String offeringPartyOf(String requestId, String matchId) {
        return store.talent(store.request(requestId).proposal(matchId).personId()).state().offeredBy();
    }

    public MatchingRun run(String runId) {
        return store.run(runId);
    }

    public List<NearMiss> nearMisses(String runId) {
        return store.run(runId).nearMisses();
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
