package nl.talentcharter.events.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.talentcharter.events.domain.Gathering;
import nl.talentcharter.events.domain.MemberFacts;
import nl.talentcharter.events.domain.Reach;
import nl.talentcharter.events.domain.Schedule;
import nl.talentcharter.events.domain.YearlyPlan;
import nl.talentcharter.events.persistence.GatheringStore;
import nl.talentcharter.events.persistence.MemberFactsStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/** A year of gatherings against the plan's targets, and whom they reached. */
@Service
@EnableConfigurationProperties(YearlyTargets.class)
public class PlanAndReach {

    private final GatheringStore gatherings;
    private final MemberFactsStore members;
    private final YearlyTargets targets;
    private final Clock clock;

    public PlanAndReach(GatheringStore gatherings, MemberFactsStore members, YearlyTargets targets, Clock clock) {
        this.gatherings = gatherings;
        this.members = members;
        this.targets = targets;
        this.clock = clock;
    }

    public YearlyPlan plan(int year) {
        return YearlyPlan.of(year, targets.targets(), ofYear(year), clock.instant());
    }

    public Reach reach(int year) {
        List<Gathering> ofYear = ofYear(year);
        Set<String> memberIds = new HashSet<>();
        ofYear.forEach(g -> g.registrations().forEach(r -> memberIds.add(r.attendee().memberId())));
        memberIds.remove(null);
        Map<String, MemberFacts> facts = members.attendingOrCameThrough(memberIds,
                ofYear.stream().map(g -> g.id().value()).filter(Objects::nonNull).toList());
        return Reach.of(year, ofYear, facts);
    }

    private List<Gathering> ofYear(int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(Schedule.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(Schedule.ZONE).toInstant();
        return gatherings.between(from, to, null, null);
    }
}
