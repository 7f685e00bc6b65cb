package nl.talentcharter.pools.domain.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Applies the hard rules and scores the rest, explaining each step in plain language. */
public final class Assessor {

    static final int DESIRED_SKILLS_POINTS = 30;
    static final int DISTANCE_POINTS = 25;
    static final int AVAILABILITY_POINTS = 25;
    static final int CONTINUITY_POINTS = 20;

    private final LocalDate today;
    private final SkillNames skillNames;

    public Assessor(LocalDate today, SkillNames skillNames) {
        this.today = today;
        this.skillNames = skillNames;
    }

    public Assessment assess(Candidate person, Need need) {
        List<RuleCheck> checks = List.of(consent(person), requiredSkills(person, need), certificates(person, need),
                languages(person, need), availability(person, need), travel(person, need));
        boolean eligible = checks.stream().allMatch(RuleCheck::held);
        return new Assessment(person, need, checks, eligible ? score(person, need) : List.of(), today);
    }

    /**
     * The hard rules without their words, for the matcher's pass over every pair of a pool (where building
     * sentences would cost more than the assignment): how many rules fail, counting no further than two.
     * Applies the same predicates as {@link #assess}.
     */
    public int failedRules(Candidate person, Need need) {
        int failed = person.consentToShare() ? 0 : 1;
        if (!hasRequiredSkills(person, need) && ++failed == 2) {
            return failed;
        }
        if (!certificatesValid(person, need) && ++failed == 2) {
            return failed;
        }
        if (!speaksWellEnough(person, need) && ++failed == 2) {
            return failed;
        }
        if (bestWindow(person, need) == null && ++failed == 2) {
            return failed;
        }
        if (!withinTravel(person, need)) {
            failed++;
        }
        return failed;
    }

    /** The total score out of 100 of an eligible pair, without its words; the same points as {@link #assess}. */
    public int points(Candidate person, Need need) {
        double km = person.home().kilometresTo(need.place());
        return desiredPoints(person, need) + distancePoints(person, km)
                + availabilityPoints(need, bestWindow(person, need)) + continuityPoints(person, need);
    }

    /** The days a person has waited as the tie-break counts them (see {@link Assessment#weight()}). */
    public long waitingDays(Candidate person) {
        return Assessment.waitingDays(person.waitingSince(), today);
    }

    private static boolean hasRequiredSkills(Candidate person, Need need) {
        for (Map.Entry<String, Integer> required : need.requiredSkills().entrySet()) {
            if (person.skills().getOrDefault(required.getKey(), 0) < required.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static boolean certificatesValid(Candidate person, Need need) {
        for (String name : need.certificates()) {
            if (person.certificates().stream().noneMatch(c -> c.name().equalsIgnoreCase(name)
                    && c.validThrough(need.period().to()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean speaksWellEnough(Candidate person, Need need) {
        for (Map.Entry<String, Cefr> required : need.languages().entrySet()) {
            Cefr level = person.languages().get(required.getKey());
            if (level == null || level.compareTo(required.getValue()) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean withinTravel(Candidate person, Need need) {
        return person.home().kilometresTo(need.place()) <= person.maxTravelKm();
    }

    private static int desiredPoints(Candidate person, Need need) {
        if (need.desiredSkills().isEmpty()) {
            return DESIRED_SKILLS_POINTS;
        }
        long held = need.desiredSkills().stream().filter(person.skills()::containsKey).count();
        return (int) (DESIRED_SKILLS_POINTS * held / need.desiredSkills().size());
    }

    private static int distancePoints(Candidate person, double km) {
        return person.maxTravelKm() == 0 ? DISTANCE_POINTS
                : (int) Math.round(DISTANCE_POINTS * Math.max(0, 1 - km / person.maxTravelKm()));
    }

    private static int availabilityPoints(Need need, AvailabilityWindow window) {
        return (int) (AVAILABILITY_POINTS * need.period().overlapDays(window.period()) / need.period().days());
    }

    private static int continuityPoints(Candidate person, Need need) {
        return person.formerEmployers().contains(need.memberId()) ? CONTINUITY_POINTS : 0;
    }

    private RuleCheck consent(Candidate person) {
        return person.consentToShare()
                ? RuleCheck.held(Rule.CONSENT, "consented to be shared with other employers")
                : RuleCheck.failed(Rule.CONSENT, "has not consented to be shared with other employers",
                        "the person's consent to be shared with other employers");
    }

    private RuleCheck requiredSkills(Candidate person, Need need) {
        List<String> missing = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Integer> required : new TreeMap<>(need.requiredSkills()).entrySet()) {
            int level = person.skills().getOrDefault(required.getKey(), 0);
            String name = skillNames.nameOf(required.getKey());
            if (level >= required.getValue()) {
                found.add(name + " at level " + level + " (needs " + required.getValue() + ")");
            } else if (level == 0) {
                missing.add("the skill " + name + " at level " + required.getValue());
            } else {
                missing.add(name + " raised from level " + level + " to " + required.getValue());
            }
        }
        return missing.isEmpty()
                ? RuleCheck.held(Rule.REQUIRED_SKILLS, "has every required skill: " + String.join(", ", found))
                : RuleCheck.failed(Rule.REQUIRED_SKILLS, "lacks required skills", String.join("; ", missing));
    }

    private RuleCheck certificates(Candidate person, Need need) {
        if (need.certificates().isEmpty()) {
            return RuleCheck.held(Rule.CERTIFICATES, "no certificate required");
        }
        List<String> problems = new ArrayList<>();
        List<String> found = new ArrayList<>();
        LocalDate end = need.period().to();
        for (String name : new java.util.TreeSet<>(need.certificates())) {
            Certificate held = person.certificates().stream().filter(c -> c.name().equalsIgnoreCase(name))
                    .filter(c -> c.validThrough(end)).findFirst()
                    .orElseGet(() -> person.certificates().stream().filter(c -> c.name().equalsIgnoreCase(name))
                            .findFirst().orElse(null));
            if (held == null) {
                problems.add("a " + name + " certificate");
            } else if (!held.validThrough(end)) {
                problems.add("the " + name + " certificate expires on " + held.expiresOn()
                        + ", before the end of the period on " + end + ": renew it");
            } else {
                found.add(name + (held.expiresOn() == null ? " (no expiry)" : " valid until " + held.expiresOn()));
            }
        }
        return problems.isEmpty()
                ? RuleCheck.held(Rule.CERTIFICATES, "certificates valid for the whole period: " + String.join(", ", found))
                : RuleCheck.failed(Rule.CERTIFICATES, "certificates missing or not valid for the whole period",
                        String.join("; ", problems));
    }

    private RuleCheck languages(Candidate person, Need need) {
        List<String> problems = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Cefr> required : new TreeMap<>(need.languages()).entrySet()) {
            Cefr level = person.languages().get(required.getKey());
            if (level == null) {
                problems.add(required.getKey() + " at level " + required.getValue());
            } else if (level.compareTo(required.getValue()) < 0) {
                problems.add(required.getKey() + " raised from " + level + " to " + required.getValue());
            } else {
                found.add(required.getKey() + " at " + level + " (needs " + required.getValue() + ")");
            }
        }
        if (need.languages().isEmpty()) {
            return RuleCheck.held(Rule.LANGUAGES, "no language level required");
        }
        return problems.isEmpty()
                ? RuleCheck.held(Rule.LANGUAGES, "speaks " + String.join(", ", found))
                : RuleCheck.failed(Rule.LANGUAGES, "language level below what is needed", String.join("; ", problems));
    }

    private RuleCheck availability(Candidate person, Need need) {
        AvailabilityWindow best = bestWindow(person, need);
        if (best == null) {
            return RuleCheck.failed(Rule.AVAILABILITY, "not available during " + need.period() + " for "
                            + need.hoursPerWeek() + " hours a week",
                    "availability during " + need.period() + " for at least " + need.hoursPerWeek() + " hours a week");
        }
        return RuleCheck.held(Rule.AVAILABILITY, "available " + best.period() + " for " + best.hoursPerWeek()
                + " hours a week, " + need.period().overlapDays(best.period()) + " of the " + need.period().days()
                + " days asked for " + need.hoursPerWeek() + " hours a week");
    }

    /** The window with enough hours that covers most of the period; null when none overlaps it. */
    static AvailabilityWindow bestWindow(Candidate person, Need need) {
        AvailabilityWindow best = null;
        long bestDays = 0;
        for (AvailabilityWindow window : person.availability()) {
            long days = need.period().overlapDays(window.period());
            if (window.hoursPerWeek() >= need.hoursPerWeek() && days > bestDays) {
                best = window;
                bestDays = days;
            }
        }
        return best;
    }

    private RuleCheck travel(Candidate person, Need need) {
        double km = person.home().kilometresTo(need.place());
        String distance = String.format(java.util.Locale.ROOT, "%.1f km", km);
        return km <= person.maxTravelKm()
                ? RuleCheck.held(Rule.TRAVEL_DISTANCE, "lives " + distance + " from " + need.placeName()
                        + ", within the " + person.maxTravelKm() + " km they accept")
                : RuleCheck.failed(Rule.TRAVEL_DISTANCE, "lives " + distance + " from " + need.placeName()
                                + ", beyond the " + person.maxTravelKm() + " km they accept",
                        "willingness to travel " + (int) Math.ceil(km) + " km");
    }

    private List<ScorePart> score(Candidate person, Need need) {
        List<ScorePart> parts = new ArrayList<>();
        long desiredHeld = need.desiredSkills().stream().filter(person.skills()::containsKey).count();
        parts.add(new ScorePart("desired skills", desiredPoints(person, need), DESIRED_SKILLS_POINTS,
                need.desiredSkills().isEmpty() ? "no desired skills asked"
                        : "has " + desiredHeld + " of the " + need.desiredSkills().size() + " desired skills"));
        double km = person.home().kilometresTo(need.place());
        parts.add(new ScorePart("distance", distancePoints(person, km), DISTANCE_POINTS,
                String.format(java.util.Locale.ROOT, "%.1f km of the %d km they accept", km, person.maxTravelKm())));
        AvailabilityWindow window = bestWindow(person, need);
        parts.add(new ScorePart("availability fit", availabilityPoints(need, window), AVAILABILITY_POINTS,
                "available " + need.period().overlapDays(window.period()) + " of the " + need.period().days() + " days"));
        boolean continuity = continuityPoints(person, need) > 0;
        parts.add(new ScorePart("continuity", continuityPoints(person, need), CONTINUITY_POINTS,
                continuity ? "worked for this member through the pool before" : "has not worked for this member before"));
        return List.copyOf(parts);
    }
}
