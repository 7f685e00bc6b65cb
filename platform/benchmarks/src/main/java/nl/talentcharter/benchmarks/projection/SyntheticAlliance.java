package nl.talentcharter.benchmarks.projection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.events.AttendanceOutcome;
import nl.talentcharter.contracts.events.AttendanceRecorded;
import nl.talentcharter.contracts.events.AttendeeKind;
import nl.talentcharter.contracts.events.Audience;
import nl.talentcharter.contracts.events.EventKind;
import nl.talentcharter.contracts.events.EventScheduled;
import nl.talentcharter.contracts.events.EventsEvents;
import nl.talentcharter.contracts.events.HeardItem;
import nl.talentcharter.contracts.events.HeardKind;
import nl.talentcharter.contracts.events.RegistrationConfirmed;
import nl.talentcharter.contracts.events.WorkVisitReported;
import nl.talentcharter.contracts.hrscans.DomainScore;
import nl.talentcharter.contracts.hrscans.FollowUpHeld;
import nl.talentcharter.contracts.hrscans.FollowUpOverdue;
import nl.talentcharter.contracts.hrscans.HrScanCompleted;
import nl.talentcharter.contracts.hrscans.HrScanEvents;
import nl.talentcharter.contracts.hrscans.HrScanRequested;
import nl.talentcharter.contracts.hrscans.ScanRequester;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberJoined;
import nl.talentcharter.contracts.members.MemberLocation;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.contracts.members.MemberProfileChanged;
import nl.talentcharter.contracts.pools.MatchProposed;
import nl.talentcharter.contracts.pools.PlacementConfirmed;
import nl.talentcharter.contracts.pools.PoolEvents;
import nl.talentcharter.contracts.pools.TalentOffered;
import nl.talentcharter.contracts.pools.TalentRequested;
import nl.talentcharter.contracts.sprints.CompanyJoinedSprint;
import nl.talentcharter.contracts.sprints.SprintCompleted;
import nl.talentcharter.contracts.sprints.SprintEvents;
import nl.talentcharter.contracts.sprints.SprintProposed;
import nl.talentcharter.contracts.sprints.SprintSessionHeld;
import nl.talentcharter.contracts.sprints.SprintStarted;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * A year of an alliance as the service topics would carry it, generated from a seed: members joining and changing
 * their profile, HR scans with their follow-ups, sprints with cohorts and sessions, gatherings with registrations
 * and attendance, work visits, pools with offers, requests, matches and placements. Every event refers to
 * aggregates generated before it (a placement to its request and person, attendance to its registration), carries
 * CloudEvents binary-mode headers with a per-aggregate sequence, and the first {@value #VALIDATED_PER_TYPE} of
 * each type are checked against their JSON Schema (all the same shape after that).
 */
final class SyntheticAlliance {

    static final int YEAR = 2026;
    static final int VALIDATED_PER_TYPE = 200;
    private static final String OCCUPATION = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";
    private static final List<String> TAGS = List.of("vitality", "skills", "recruitment", "hybrid-work", "ageing",
            "cross-border", "technology", "lifelong-learning");

    /** How often each type occurs, per 100 events. */
    private static final Map<Kind, Integer> MIX = new EnumMap<>(Map.ofEntries(
            Map.entry(Kind.MEMBER_JOINED, 3), Map.entry(Kind.PROFILE_CHANGED, 4),
            Map.entry(Kind.SCAN_REQUESTED, 6), Map.entry(Kind.SCAN_COMPLETED, 5), Map.entry(Kind.FOLLOW_UP_HELD, 5),
            Map.entry(Kind.FOLLOW_UP_OVERDUE, 1),
            Map.entry(Kind.SPRINT_PROPOSED, 1), Map.entry(Kind.SPRINT_STARTED, 1), Map.entry(Kind.COMPANY_JOINED_SPRINT, 3),
            Map.entry(Kind.SESSION_HELD, 6), Map.entry(Kind.SPRINT_COMPLETED, 1),
            Map.entry(Kind.EVENT_SCHEDULED, 1), Map.entry(Kind.REGISTRATION_CONFIRMED, 22),
            Map.entry(Kind.ATTENDANCE_RECORDED, 20), Map.entry(Kind.WORK_VISIT_REPORTED, 2),
            Map.entry(Kind.TALENT_OFFERED, 7), Map.entry(Kind.TALENT_REQUESTED, 5), Map.entry(Kind.MATCH_PROPOSED, 4),
            Map.entry(Kind.PLACEMENT_CONFIRMED, 3)));

    enum Kind {
        MEMBER_JOINED, PROFILE_CHANGED, SCAN_REQUESTED, SCAN_COMPLETED, FOLLOW_UP_HELD, FOLLOW_UP_OVERDUE,
        SPRINT_PROPOSED, SPRINT_STARTED, COMPANY_JOINED_SPRINT, SESSION_HELD, SPRINT_COMPLETED, EVENT_SCHEDULED,
        REGISTRATION_CONFIRMED, ATTENDANCE_RECORDED, WORK_VISIT_REPORTED, TALENT_OFFERED, TALENT_REQUESTED,
        MATCH_PROPOSED, PLACEMENT_CONFIRMED
    }

    private final Random random = new Random(42);
    private final JsonMapper json = JsonMapper.builder().build();
    private final Kind[] wheel;
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<String, Integer> validated = new HashMap<>();
    private final Map<String, Long> produced = new HashMap<>();
    private final List<String> members = new ArrayList<>();
    private final List<String[]> scans = new ArrayList<>();
    private final List<String> sprints = new ArrayList<>();
    private final List<String> gatherings = new ArrayList<>();
    private final List<String[]> registrations = new ArrayList<>();
    private final List<String> persons = new ArrayList<>();
    private final List<String[]> requests = new ArrayList<>();
    private final String pool = UUID.randomUUID().toString();
    private final String ceTime = Instant.now().toString();

    SyntheticAlliance() {
        List<Kind> slots = new ArrayList<>();
        MIX.forEach((kind, weight) -> {
            for (int i = 0; i < weight; i++) {
                slots.add(kind);
            }
        });
        wheel = slots.toArray(Kind[]::new);
    }

    /** How many events of each CloudEvents type were generated so far. */
    Map<String, Long> produced() {
        return produced;
    }

    ProducerRecord<String, byte[]> next() {
        Kind kind = wheel[random.nextInt(wheel.length)];
        if (members.size() < 20 && kind != Kind.MEMBER_JOINED) {
            kind = Kind.MEMBER_JOINED;
        }
        return switch (kind) {
            case MEMBER_JOINED -> {
                String member = id();
                members.add(member);
                yield record(MemberEvents.MEMBER_JOINED, member,
                        new MemberJoined(member, 1, profile(), day(), null));
            }
            case PROFILE_CHANGED -> {
                String member = pick(members);
                yield record(MemberEvents.MEMBER_PROFILE_CHANGED, member,
                        new MemberProfileChanged(member, profile(), List.of("employees"), instant()));
            }
            case SCAN_REQUESTED -> {
                String scan = id();
                String member = pick(members);
                scans.add(new String[] {scan, member});
                yield record(HrScanEvents.HR_SCAN_REQUESTED, scan,
                        new HrScanRequested(scan, member, "hr-scan", 1, ScanRequester.MEMBER, instant()));
            }
            case SCAN_COMPLETED -> {
                String[] scan = pickOrNull(scans);
                if (scan == null) {
                    yield next();
                }
                LocalDate day = day();
                yield record(HrScanEvents.HR_SCAN_COMPLETED, scan[0], new HrScanCompleted(scan[0], scan[1], "hr-scan", 1,
                        40 + random.nextInt(60), List.of(new DomainScore("recruitment", 30 + random.nextInt(70),
                        List.of(ActionLine.ATTRACT)), new DomainScore("vitality", 30 + random.nextInt(70),
                        List.of(ActionLine.RETAIN))), day.atStartOfDay().toInstant(ZoneOffset.UTC), day.plusDays(42)));
            }
            case FOLLOW_UP_HELD -> {
                String[] scan = pickOrNull(scans);
                yield scan == null ? next() : record(HrScanEvents.FOLLOW_UP_HELD, scan[0],
                        new FollowUpHeld(scan[0], scan[1], id(), day(), "advisor-1", 1 + random.nextInt(4)));
            }
            case FOLLOW_UP_OVERDUE -> {
                String[] scan = pickOrNull(scans);
                LocalDate day = day();
                yield scan == null ? next() : record(HrScanEvents.FOLLOW_UP_OVERDUE, scan[0],
                        new FollowUpOverdue(scan[0], scan[1], day.minusDays(1), day));
            }
            case SPRINT_PROPOSED -> {
                String sprint = id();
                sprints.add(sprint);
                String lead = pick(members);
                yield record(SprintEvents.SPRINT_PROPOSED, sprint, new SprintProposed(sprint, "vitality",
                        List.of(ActionLine.RETAIN), "Verzuim omlaag", lead, "facilitator-1", cohort(lead), 4, instant(), null));
            }
            case SPRINT_STARTED -> {
                String sprint = pickOrNull(sprints);
                String lead = pick(members);
                yield sprint == null ? next() : record(SprintEvents.SPRINT_STARTED, sprint,
                        new SprintStarted(sprint, "vitality", lead, cohort(lead), day()));
            }
            case COMPANY_JOINED_SPRINT -> {
                String sprint = pickOrNull(sprints);
                yield sprint == null ? next() : record(SprintEvents.COMPANY_JOINED_SPRINT, sprint,
                        new CompanyJoinedSprint(sprint, pick(members), day()));
            }
            case SESSION_HELD -> {
                String sprint = pickOrNull(sprints);
                yield sprint == null ? next() : record(SprintEvents.SPRINT_SESSION_HELD, sprint,
                        new SprintSessionHeld(sprint, id(), 1 + random.nextInt(6), day(), 3, 4));
            }
            case SPRINT_COMPLETED -> {
                String sprint = pickOrNull(sprints);
                yield sprint == null ? next() : record(SprintEvents.SPRINT_COMPLETED, sprint,
                        new SprintCompleted(sprint, "vitality", "Vitaliteit", List.of(ActionLine.RETAIN),
                                List.of(pick(members)), 4, "Werkt", 3, 1, day()));
            }
            case EVENT_SCHEDULED -> {
                String gathering = id();
                gatherings.add(gathering);
                Instant start = instant();
                yield record(EventsEvents.EVENT_SCHEDULED, gathering, new EventScheduled(gathering,
                        EventKind.LABOUR_MARKET_EVENT, "Talent in Limburg", start, start.plusSeconds(7200), "Venlo",
                        false, Audience.OPEN, 200, null, null, List.of(), List.of(), List.of(ActionLine.IDENTIFY), null));
            }
            case REGISTRATION_CONFIRMED -> {
                String gathering = pickOrNull(gatherings);
                if (gathering == null) {
                    yield next();
                }
                String registration = id();
                boolean guest = random.nextInt(5) == 0;
                String member = guest ? null : pick(members);
                registrations.add(new String[] {registration, gathering});
                yield record(EventsEvents.REGISTRATION_CONFIRMED, gathering, new RegistrationConfirmed(gathering,
                        registration, guest ? AttendeeKind.GUEST : AttendeeKind.MEMBER_CONTACT, member, instant()));
            }
            case ATTENDANCE_RECORDED -> {
                String[] registration = pickOrNull(registrations);
                yield registration == null ? next() : record(EventsEvents.ATTENDANCE_RECORDED, registration[1],
                        new AttendanceRecorded(registration[1], registration[0], random.nextInt(5) == 0
                                ? AttendanceOutcome.NO_SHOW : AttendanceOutcome.ATTENDED, instant()));
            }
            case WORK_VISIT_REPORTED -> {
                String visit = id();
                yield record(EventsEvents.WORK_VISIT_REPORTED, visit, new WorkVisitReported(visit, pick(members), day(),
                        List.of(new HeardItem(HeardKind.THEME, "Wat speelt", List.of(ActionLine.IDENTIFY),
                                List.of(pick(TAGS))), new HeardItem(HeardKind.CHALLENGE, "Wat knelt",
                                List.of(ActionLine.ATTRACT), List.of(pick(TAGS)))), 1));
            }
            case TALENT_OFFERED -> {
                String person = id();
                persons.add(person);
                Instant at = instant();
                yield record(PoolEvents.TALENT_OFFERED, person, new TalentOffered(person, pool,
                        random.nextInt(4) == 0 ? "uwv" : pick(members), OCCUPATION,
                        LocalDate.ofInstant(at, ZoneOffset.UTC), at));
            }
            case TALENT_REQUESTED -> {
                String request = id();
                String member = pick(members);
                requests.add(new String[] {request, member});
                LocalDate day = day();
                yield record(PoolEvents.TALENT_REQUESTED, request, new TalentRequested(request, pool, member,
                        OCCUPATION, 1 + random.nextInt(3), day.plusDays(30), day.plusDays(120), 32,
                        day.atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            case MATCH_PROPOSED -> {
                String[] request = pickOrNull(requests);
                String person = pickOrNull(persons);
                yield request == null || person == null ? next() : record(PoolEvents.MATCH_PROPOSED, request[0],
                        new MatchProposed(request[0], id(), pool, id(), person, request[1], 50 + random.nextInt(50),
                                instant()));
            }
            case PLACEMENT_CONFIRMED -> {
                String[] request = pickOrNull(requests);
                String person = pickOrNull(persons);
                yield request == null || person == null ? next() : record(PoolEvents.PLACEMENT_CONFIRMED, request[0],
                        new PlacementConfirmed(request[0], id(), pool, person, request[1], instant()));
            }
        };
    }

    private <T> ProducerRecord<String, byte[]> record(EventType<T> type, String subject, T payload) {
        byte[] body = json.writeValueAsBytes(payload);
        if (validated.merge(type.type(), 1, Integer::sum) <= VALIDATED_PER_TYPE) {
            EventSchemas.requirePublishable(type.type(), body);
        }
        produced.merge(type.type(), 1L, Long::sum);
        long sequence = sequences.merge(subject, 1L, Long::sum);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), subject, body);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_source", type.source());
        header(record, "ce_type", type.type());
        header(record, "ce_subject", subject);
        header(record, "ce_time", ceTime);
        header(record, "ce_sequence", Long.toString(sequence));
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A member's profile: mostly SMEs, spread over the regions, a few across the border. */
    private MemberProfile profile() {
        boolean sme = random.nextInt(10) < 7;
        int r = random.nextInt(10);
        Region region = r < 3 ? Region.NOORD_LIMBURG : r < 5 ? Region.MIDDEN_LIMBURG : r < 9 ? Region.ZUID_LIMBURG
                : Region.CROSS_BORDER;
        MemberLocation location = region == Region.CROSS_BORDER ? new MemberLocation("Hasselt", Country.BE, null, region)
                : new MemberLocation("Venlo", Country.NL, "Venlo", region);
        Sector sector = Sector.values()[random.nextInt(Sector.values().length)];
        return new MemberProfile("Bedrijf B.V.", String.format("%08d", random.nextInt(100_000_000)),
                OrganisationKind.EMPLOYER, null, sector, sme ? 40 : 400, sme ? SizeClass.SME : SizeClass.LARGE, location,
                random.nextInt(10) == 0, List.of(ActionLine.values()[random.nextInt(ActionLine.values().length)]));
    }

    private List<String> cohort(String lead) {
        List<String> cohort = new ArrayList<>(List.of(lead));
        for (int i = 0; i < 3; i++) {
            String member = pick(members);
            if (!cohort.contains(member)) {
                cohort.add(member);
            }
        }
        return cohort;
    }

    private LocalDate day() {
        return LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(330));
    }

    private Instant instant() {
        return day().atTime(9 + random.nextInt(8), 0).toInstant(ZoneOffset.UTC);
    }

    /** One of the most recent aggregates of a kind (events refer to what is still going on). */
    private <T> T pick(List<T> from) {
        int window = Math.min(from.size(), 2_000);
        return from.get(from.size() - 1 - random.nextInt(window));
    }

    private <T> T pickOrNull(List<T> from) {
        return from.isEmpty() ? null : pick(from);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
