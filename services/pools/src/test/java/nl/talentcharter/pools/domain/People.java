package nl.talentcharter.pools.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.talentcharter.pools.domain.matching.AvailabilityWindow;
import nl.talentcharter.pools.domain.matching.Candidate;
import nl.talentcharter.pools.domain.matching.Cefr;
import nl.talentcharter.pools.domain.matching.Certificate;
import nl.talentcharter.pools.domain.matching.Coordinates;
import nl.talentcharter.pools.domain.matching.Need;
import nl.talentcharter.pools.domain.matching.Period;

/** Small builders for matcher tests. */
final class People {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Coordinates VENLO = new Coordinates(51.3704, 6.1724);
    static final Coordinates ROERMOND = new Coordinates(51.1942, 5.9870);
    static final Coordinates MAASTRICHT = new Coordinates(50.8514, 5.6910);
    static final String FORKLIFT = "http://data.europa.eu/esco/skill/forklift";
    static final String PICKING = "http://data.europa.eu/esco/skill/picking";
    static final String HARVEST = "http://data.europa.eu/esco/skill/harvest";
    static final Period SUMMER = new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

    private People() {
    }

    static Candidate person(String id, Map<String, Integer> skills) {
        return person(id, skills, List.of(), VENLO, TODAY.minusDays(10));
    }

    static Candidate person(String id, Map<String, Integer> skills, List<Certificate> certificates, Coordinates home,
                            LocalDate waitingSince) {
        return new Candidate(id, skills, Map.of("nl", Cefr.B2), certificates, home, 40,
                List.of(new AvailabilityWindow(new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31)), 40)),
                true, waitingSince, Set.of(), Map.of("region", "NOORD_LIMBURG"));
    }

    static Need need(String id, Map<String, Integer> required, int count) {
        return new Need(id, "member-1", required, Set.of(), Map.of(), Set.of(), SUMMER, 32, VENLO, "Venlo", count);
    }
}
