package nl.talentcharter.monitoring.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/**
 * A seeded fact log of an alliance over two years, every kind of fact a figure reads, with the references
 * between facts the figures join on (an attendance's registration, a placement's request and offered person, a
 * follow-up's scan, a gathering's reschedules) and members in every region, sector, size class and action line, a
 * few of them with no known profile. Facts are built as {@code EventFacts} reads events; see
 * {@code PoolAndReachFiguresTest} and {@code GatheringAndSprintFiguresTest} for single cases.
 */
final class SyntheticFactLog {

    static final LocalDate FIRST_DAY = LocalDate.of(2061, 1, 1);
    static final int DAYS = 730;

    private final Random random;
    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, MemberDimensions> members = new HashMap<>();
    private final List<String> memberIds = new ArrayList<>();
    private final List<String> gatherings = new ArrayList<>();
    private final List<String> registrations = new ArrayList<>();
    private final List<String> scans = new ArrayList<>();
    private final List<String> sprints = new ArrayList<>();
    private final List<String> persons = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    private SyntheticFactLog(long seed) {
        this.random = new Random(seed);
    }

    /** About {@code size} facts of 60 members over two years from {@link #FIRST_DAY}, the same for the same seed. */
    static SyntheticFactLog of(long seed, int size) {
        return of(seed, size, 60);
    }

    /** As {@link #of(long, int)}, with as many members: an alliance's size changes what a figure costs. */
    static SyntheticFactLog of(long seed, int size, int memberCount) {
        SyntheticFactLog log = new SyntheticFactLog(seed);
        log.joinMembers(memberCount);
        while (log.facts.size() < size) {
            log.next();
        }
        return log;
    }

    List<Fact> facts() {
        return facts;
    }

    Map<String, MemberDimensions> members() {
        return members;
    }

    private void joinMembers(int count) {
        for (int i = 0; i < count; i++) {
            String id = "member-" + i;
            memberIds.add(id);
            // every fifth member's profile never arrived: its figures count only in ALL
            if (i % 5 != 4) {
                members.put(id, new MemberDimensions(id, pick(Region.values()), pick(Sector.values()),
                        pick(SizeClass.values()), actionLines(), random.nextInt(4) == 0));
            }
            Fact joined = fact(FactKind.MEMBER_JOINED, id, id, day());
            facts.add(random.nextInt(3) == 0 ? joined.withFirstContact(pick(new String[] {"EVENT", "NETWORK"})) : joined);
        }
    }

    /** One more fact, in proportions like the projection benchmark's mix. */
    private void next() {
        int roll = random.nextInt(100);
        LocalDate day = day();
        String member = pick(memberIds);
        if (roll < 4) {
            FactKind change = pick(new FactKind[] {FactKind.MEMBERSHIP_SUSPENDED, FactKind.MEMBERSHIP_REINSTATED,
                    FactKind.MEMBERSHIP_ENDED, FactKind.MEMBER_JOINED});
            facts.add(fact(change, member, member, day));
        } else if (roll < 20) {
            scan(member, day);
        } else if (roll < 32) {
            sprint(member, day);
        } else if (roll < 36) {
            gathering(day);
        } else if (roll < 58) {
            String registration = "registration-" + registrations.size();
            registrations.add(registration);
            FactKind kind = random.nextInt(8) == 0 ? FactKind.REGISTRATION_WAITLISTED : FactKind.REGISTRATION_CONFIRMED;
            facts.add(fact(kind, pickOr(gatherings, "gathering-0"), member, day).withRef(registration));
        } else if (roll < 76) {
            FactKind kind = random.nextInt(5) == 0 ? FactKind.NO_SHOW : FactKind.ATTENDED;
            // now and then a guest: an attendance whose registration was never seen
            String registration = random.nextInt(10) == 0 ? "unseen" : pickOr(registrations, "unseen");
            facts.add(fact(kind, pickOr(gatherings, "gathering-0"), null, day).withRef(registration));
        } else if (roll < 78) {
            facts.add(fact(FactKind.WORK_VISIT_REPORTED, "visit-" + random.nextInt(40), member, day)
                    .withHeard(List.of(heard(), heard())));
        } else if (roll < 96) {
            pool(member, day);
        } else {
            FactKind kind = random.nextBoolean() ? FactKind.COURSE_ANNOUNCED : FactKind.WORK_TO_WORK_CASE_REPORTED;
            SizeClass size = random.nextBoolean() ? null : pick(SizeClass.values());
            facts.add(fact(kind, "report-" + facts.size(), null, day)
                    .withPlace(new Place(pick(Region.values()), pick(Sector.values()), size), 1 + random.nextInt(20)));
        }
    }

    private void scan(String member, LocalDate day) {
        int roll = random.nextInt(17);
        if (roll < 6 || scans.isEmpty()) {
            String scan = "scan-" + scans.size();
            scans.add(scan);
            facts.add(fact(FactKind.SCAN_REQUESTED, scan, member, day).withScan(scan, null, null, List.of()));
        } else if (roll < 11) {
            String scan = pick(scans);
            List<ScoredDomain> domains = List.of(
                    new ScoredDomain("skills", 40 + random.nextInt(60), actionLines()),
                    new ScoredDomain("retention", 40 + random.nextInt(60), actionLines()));
            facts.add(fact(FactKind.SCAN_COMPLETED, scan, member, day)
                    .withScan(scan, 40.0 + random.nextInt(60), day.plusDays(30 + random.nextInt(30)), domains));
        } else if (roll < 16) {
            String scan = pick(scans);
            facts.add(fact(FactKind.FOLLOW_UP_HELD, scan, member, day).withScan(scan, null, null, List.of()));
        } else {
            String scan = pick(scans);
            facts.add(fact(FactKind.FOLLOW_UP_OVERDUE, scan, member, day).withScan(scan, null, null, List.of()));
        }
    }

    private void sprint(String member, LocalDate day) {
        int roll = random.nextInt(12);
        if (roll < 1 || sprints.isEmpty()) {
            String sprint = "sprint-" + sprints.size();
            sprints.add(sprint);
            facts.add(fact(FactKind.SPRINT_PROPOSED, sprint, null, day));
        } else if (roll < 2) {
            facts.add(fact(FactKind.SPRINT_STARTED, pick(sprints), null, day)
                    .withCohort(List.of(pick(memberIds), pick(memberIds), pick(memberIds))));
        } else if (roll < 5) {
            facts.add(fact(FactKind.COMPANY_JOINED_SPRINT, pick(sprints), member, day));
        } else if (roll < 11) {
            facts.add(fact(FactKind.SPRINT_SESSION_HELD, pick(sprints), null, day));
        } else {
            FactKind end = random.nextInt(4) == 0 ? FactKind.SPRINT_CANCELLED : FactKind.SPRINT_COMPLETED;
            facts.add(fact(end, pick(sprints), null, day));
        }
    }

    private void gathering(LocalDate day) {
        int roll = random.nextInt(10);
        if (roll < 6 || gatherings.isEmpty()) {
            String gathering = "gathering-" + gatherings.size();
            gatherings.add(gathering);
            facts.add(fact(pick(new FactKind[] {FactKind.LABOUR_MARKET_EVENT_SCHEDULED, FactKind.LABOUR_MARKET_EVENT_SCHEDULED,
                    FactKind.LABOUR_MARKET_MEETING_SCHEDULED, FactKind.EDUCATION_MEETING_SCHEDULED,
                    FactKind.WORK_VISIT_SCHEDULED}), gathering, null, day));
        } else if (roll < 9) {
            facts.add(fact(FactKind.GATHERING_RESCHEDULED, pick(gatherings), null, day));
        } else {
            facts.add(fact(FactKind.GATHERING_CANCELLED, pick(gatherings), null, day));
        }
    }

    private void pool(String member, LocalDate day) {
        int roll = random.nextInt(15);
        if (roll < 7 || persons.isEmpty()) {
            String person = random.nextInt(4) == 0 && !persons.isEmpty() ? pick(persons) : "person-" + persons.size();
            persons.add(person);
            // a partner that is no member (UWV) offers people too
            String offering = random.nextInt(6) == 0 ? "uwv" : member;
            facts.add(fact(FactKind.TALENT_OFFERED, person, offering, day).withRef(person));
        } else if (roll < 12 || requests.isEmpty()) {
            String request = "request-" + requests.size();
            requests.add(request);
            facts.add(fact(FactKind.TALENT_REQUESTED, request, member, day));
        } else {
            String request = random.nextInt(10) == 0 ? "request-never-seen" : pick(requests);
            facts.add(fact(FactKind.PLACEMENT_CONFIRMED, request, member, day).withRef(pick(persons)));
        }
    }

    private HeardTheme heard() {
        return new HeardTheme(random.nextBoolean(), List.of(pick(new String[] {"housing", "skills", "wages", "mobility"})),
                actionLines());
    }

    private List<ActionLine> actionLines() {
        List<ActionLine> lines = new ArrayList<>();
        for (ActionLine line : ActionLine.values()) {
            if (random.nextInt(3) == 0) {
                lines.add(line);
            }
        }
        return lines;
    }

    private Fact fact(FactKind kind, String subject, String memberId, LocalDate day) {
        long sequence = sequences.merge(subject, 1L, Long::sum);
        return Fact.of("event-" + facts.size(), kind.name(), kind, subject, sequence, memberId, day);
    }

    private LocalDate day() {
        return FIRST_DAY.plusDays(random.nextInt(DAYS));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pickOr(List<T> values, T none) {
        return values.isEmpty() ? none : pick(values);
    }
}
