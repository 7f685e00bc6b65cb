package nl.talentcharter.monitoring.domain;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.talentcharter.contracts.vocabulary.Region;

/** The talent-pool figures that join a placement to an earlier request or offer: time to match, cross-border. */
final class PoolFigures {

    private final FactIndex facts;
    private Map<String, Fact> requests;
    private Map<String, List<Fact>> offersByPerson;
    private final Map<Period, List<Joined>> matchesByPeriod = new HashMap<>();
    private final Map<Period, List<Joined>> crossBorderByPeriod = new HashMap<>();

    PoolFigures(FactIndex facts) {
        this.facts = facts;
    }

    /** Mean days from a request to each of its placements confirmed in the period; traced to both events. */
    KpiValue timeToMatch(Cell cell) {
        long placements = 0;
        long days = 0;
        for (Joined match : matchesIn(cell.period())) {
            if (!cell.includes(match.counted())) {
                continue;
            }
            placements++;
            days += ChronoUnit.DAYS.between(match.with().on(), match.counted().fact().on());
            cell.ids().add(match.counted().fact());
            cell.ids().add(match.with());
        }
        double mean = placements == 0 ? 0 : Cell.round((double) days / placements);
        return cell.valueOfDistinct(mean, placements);
    }

    /** The placements in the period whose request is known, with it: once per period, not once per cut. */
    private List<Joined> matchesIn(Period period) {
        if (requests == null) {
            requests = new HashMap<>();
            facts.of(FactKind.TALENT_REQUESTED).forEach(f -> requests.putIfAbsent(f.subject(), f));
        }
        return matchesByPeriod.computeIfAbsent(period, p -> {
            List<Joined> matches = new ArrayList<>();
            for (Noted placement : facts.inPeriod(FactKind.PLACEMENT_CONFIRMED, p)) {
                Fact request = requests.get(placement.fact().subject());
                if (request != null) {
                    matches.add(new Joined(placement, request));
                }
            }
            return matches;
        });
    }

    /**
     * Placements in the period where the requesting member and the member that offered the person lie on
     * different sides of the border (one of them in the region {@code CROSS_BORDER}). The offer behind a
     * placement is the person's last offer on or before the placement day; a person offered by a partner that is
     * no member (e.g. UWV) is not counted, its side of the border is unknown.
     */
    KpiValue crossBorderPlacements(Cell cell) {
        long placements = cell.countJoined(crossBorderIn(cell.period()));
        return cell.valueOfDistinct(placements, placements);
    }

    /** The placements in the period that crossed the border, with the offer behind each: once per period. */
    private List<Joined> crossBorderIn(Period period) {
        if (offersByPerson == null) {
            offersByPerson = new HashMap<>();
            facts.of(FactKind.TALENT_OFFERED).forEach(f -> offersByPerson.computeIfAbsent(f.ref(), p -> new ArrayList<>()).add(f));
        }
        return crossBorderByPeriod.computeIfAbsent(period, p -> {
            List<Joined> crossed = new ArrayList<>();
            for (Noted placement : facts.inPeriod(FactKind.PLACEMENT_CONFIRMED, p)) {
                MemberDimensions requesting = placement.member();
                if (requesting == null) {
                    continue;
                }
                Optional<Fact> offer = offersByPerson.getOrDefault(placement.fact().ref(), List.of()).stream()
                        .filter(o -> !o.on().isAfter(placement.fact().on()))
                        .max(Comparator.comparing(Fact::on).thenComparingLong(Fact::sequence).thenComparing(Fact::eventId));
                MemberDimensions offering = offer.map(o -> facts.member(o.memberId())).orElse(null);
                if (offering != null && crossBorder(requesting) != crossBorder(offering)) {
                    crossed.add(new Joined(placement, offer.get()));
                }
            }
            return crossed;
        });
    }

    private static boolean crossBorder(MemberDimensions member) {
        return member.region() == Region.CROSS_BORDER;
    }
}
