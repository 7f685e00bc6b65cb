package nl.talentcharter.devstack.seed;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds four workforce pools through the pools REST API: a seasonal agriculture and logistics pool, a technical
 * maintenance pool, a care pool across the Belgian border and a work-to-work pool where UWV offers people. Each
 * with member companies, invented people (one withdrew consent after being offered, one has a forklift
 * certificate that runs out before the request's period ends),
 * a request or two, and one matching run, so the proposals, explanations, near misses and fairness report show
 * at once. A pool that already exists by name (seeding interrupted before its marker) is left as it is.
 */
final class DemoPools {

    static final String SERVICE = "pools";
    private static final Logger log = LoggerFactory.getLogger(DemoPools.class);
    private static final String SKILL = "http://data.europa.eu/esco/skill/";
    private static final String OCCUPATION = "http://data.europa.eu/esco/occupation/";
    private static final String FORKLIFT = SKILL + "28cb374e-6261-4133-8371-f9a5470145da";
    private static final String WAREHOUSE = SKILL + "089ddb19-1c7a-43ff-ba64-070f7ce4787a";
    private static final String PICKING = SKILL + "b01c93a8-43b0-4cf6-81c8-68a4f2ed93d9";
    private static final String PLANT_CHEMICALS = SKILL + "87da57a8-ae40-41e3-998e-f517daa95c9a";
    private static final String PEST_CONTROL = SKILL + "9d75efb9-0c77-4f86-b5e7-99100808564a";
    private static final String REMOVE_DEFECTS = SKILL + "36cf8d2c-3463-4147-8ea3-c423280087ab";
    private static final String MAINTENANCE = SKILL + "8a4e99e0-f259-4931-888f-604cfdc15b31";
    private static final String ENGINEERING_DRAWINGS = SKILL + "b07daddc-8625-4360-946e-ad2b0e56ebf6";
    private static final String ELECTRICAL = SKILL + "52797dce-911c-4e6d-b0cb-491f6469014f";
    private static final String TROUBLESHOOT = SKILL + "334e3e49-fb02-4051-809a-f06adfdc1c40";
    private static final String WELDING = SKILL + "2ee57de4-bffd-4194-b009-0060edec77cc";
    private static final String PHYSICAL_DISABILITY_SUPPORT = SKILL + "8ef1b45e-8499-4b1b-91f7-f8278bbb7767";
    private static final String MEDICATION = SKILL + "2755816d-b765-435e-a29e-dddfddee1786";
    private static final String OLDER_ADULTS_NEEDS = SKILL + "634865e0-2ec2-4b7f-bb7f-c196637f0f7b";
    private static final String FIRST_AID = SKILL + "f7464f30-662b-4177-85a0-3df9693e9e58";
    private static final String QUALITY = SKILL + "1a3660c2-011c-4e96-9b1d-529afc305428";

    /** A place with its coordinates (WGS 84). */
    private record Place(String name, String country, String region, double latitude, double longitude) {
    }

    private static final Place VENLO = new Place("Venlo", "NL", "NOORD_LIMBURG", 51.3704, 6.1724);
    private static final Place VENRAY = new Place("Venray", "NL", "NOORD_LIMBURG", 51.5255, 5.9750);
    private static final Place HORST = new Place("Horst aan de Maas", "NL", "NOORD_LIMBURG", 51.4540, 6.0510);
    private static final Place ROERMOND = new Place("Roermond", "NL", "MIDDEN_LIMBURG", 51.1942, 5.9870);
    private static final Place WEERT = new Place("Weert", "NL", "MIDDEN_LIMBURG", 51.2517, 5.7069);
    private static final Place GELEEN = new Place("Sittard-Geleen", "NL", "ZUID_LIMBURG", 50.9740, 5.8300);
    private static final Place HEERLEN = new Place("Heerlen", "NL", "ZUID_LIMBURG", 50.8882, 5.9795);
    private static final Place MAASTRICHT = new Place("Maastricht", "NL", "ZUID_LIMBURG", 50.8514, 5.6910);
    private static final Place MAASEIK = new Place("Maaseik", "BE", "CROSS_BORDER", 51.0980, 5.7900);
    private static final Place HASSELT = new Place("Hasselt", "BE", "CROSS_BORDER", 50.9307, 5.3378);
    private static final Place NETTETAL = new Place("Nettetal", "DE", "CROSS_BORDER", 51.3130, 6.2780);
    private static final Place AACHEN = new Place("Aachen", "DE", "CROSS_BORDER", 50.7753, 6.0839);

    /**
     * An invented person: who offers them (KvK number, or null for UWV), skills with level, certificates, and
     * whether they still consent after being offered.
     */
    private record Person(String name, String offeredByKvk, String occupation, Place home, int maxTravelKm,
                          Map<String, Integer> skills, Map<String, String> languages, Map<String, LocalDate> certificates,
                          int hoursPerWeek, boolean consent) {
    }

    /** A member's need: who asks (KvK), required skills with level, certificates, where, how many. */
    private record Need(String kvk, String occupation, Map<String, Integer> required, List<String> desired,
                        List<String> certificates, Place place, int positions, int hoursPerWeek) {
    }

    private record Plan(String name, List<String> sectors, List<String> regions, List<String> memberKvks,
                        List<Person> people, List<Need> needs) {
    }

    private final DemoDataLedger ledger;
    private final SeedHttp http;
    private final LocalDate today = LocalDate.now();

    DemoPools(DemoDataLedger ledger, SeedHttp http) {
        this.ledger = ledger;
        this.http = http;
    }

    private List<Plan> plans() {
        LocalDate certificateValid = today.plusYears(2);
        return List.of(
                new Plan("Seizoenspool agrarisch en logistiek Noord-Limburg",
                        List.of("AGRICULTURE_AND_HORTICULTURE", "LOGISTICS"), List.of("NOORD_LIMBURG", "MIDDEN_LIMBURG"),
                        List.of("90000015", "90000016", "90000020"),
                        List.of(
                                new Person("Piotr Nowicki", "90000015", OCCUPATION + "c9191f7f-28b5-4df8-991d-804c53009b83",
                                        HORST, 40, Map.of(PLANT_CHEMICALS, 3, REMOVE_DEFECTS, 2, FORKLIFT, 2), Map.of("nl", "A2", "de", "B1"),
                                        Map.of("forklift", certificateValid, "VCA", certificateValid), 38, true),
                                new Person("Ilse Hendrikx", "90000015", OCCUPATION + "1a9d99ba-4c08-4864-8f6a-1b0f2b4cf883", VENRAY, 30,
                                        Map.of(PEST_CONTROL, 3, PLANT_CHEMICALS, 2, REMOVE_DEFECTS, 3), Map.of("nl", "C2"), Map.of(), 24, true),
                                new Person("Mehmet Aydin", "90000016", OCCUPATION + "bea705fe-06ac-4147-b8e0-6e8ac1208d8f",
                                        VENLO, 35, Map.of(PICKING, 3, WAREHOUSE, 2, FORKLIFT, 3), Map.of("nl", "B2"),
                                        Map.of("forklift", today.plusMonths(1)), 40, true),
                                new Person("Jana Kowalska", "90000016", OCCUPATION + "bea705fe-06ac-4147-b8e0-6e8ac1208d8f",
                                        NETTETAL, 45, Map.of(PICKING, 2, WAREHOUSE, 2), Map.of("de", "C1", "nl", "B1"),
                                        Map.of(), 32, true),
                                new Person("Ruud Peeters", "90000020", OCCUPATION + "45037d43-a8f5-4f46-b332-b2935bc305f4", ROERMOND, 50,
                                        Map.of(FORKLIFT, 2, PICKING, 1), Map.of("nl", "C2"), Map.of("forklift", certificateValid),
                                        40, false)),
                        List.of(
                                new Need("90000016", OCCUPATION + "eeac6251-1974-42f5-91ed-513c6c883755", Map.of(FORKLIFT, 2),
                                        List.of(WAREHOUSE), List.of("forklift"), VENLO, 2, 32),
                                new Need("90000015", OCCUPATION + "c9191f7f-28b5-4df8-991d-804c53009b83", Map.of(PLANT_CHEMICALS, 2),
                                        List.of(REMOVE_DEFECTS), List.of(), HORST, 2, 24))),
                new Plan("Technisch onderhoud Limburg",
                        List.of("TECHNOLOGY_AND_MANUFACTURING", "CHEMISTRY", "CONSTRUCTION"),
                        List.of("NOORD_LIMBURG", "ZUID_LIMBURG"), List.of("90000013", "90000014", "90000017"),
                        List.of(
                                new Person("Sanne Vluggen", "90000013", OCCUPATION + "269c47e7-9017-4aa6-bce8-49e89a696a64", VENLO, 60,
                                        Map.of(MAINTENANCE, 3, TROUBLESHOOT, 3, ENGINEERING_DRAWINGS, 2), Map.of("nl", "C2", "en", "B2"),
                                        Map.of("VCA", certificateValid), 36, true),
                                new Person("Tom Schreurs", "90000014", OCCUPATION + "4910419f-b4af-4f59-b544-9dbebc8a74f0",
                                        HEERLEN, 40, Map.of(ELECTRICAL, 4, TROUBLESHOOT, 2), Map.of("nl", "C2"),
                                        Map.of("VCA", certificateValid), 40, true),
                                new Person("Kevin Offermans", "90000017", OCCUPATION + "7aedaa07-3884-4c5b-88f9-80997b2aa54b",
                                        GELEEN, 30, Map.of(WELDING, 3, ENGINEERING_DRAWINGS, 3), Map.of("nl", "B2"),
                                        Map.of("VCA", certificateValid), 40, true),
                                new Person("Lukas Becker", "90000017", OCCUPATION + "269c47e7-9017-4aa6-bce8-49e89a696a64", AACHEN, 50,
                                        Map.of(MAINTENANCE, 2, QUALITY, 3), Map.of("de", "C2", "nl", "B1"), Map.of(), 32, true)),
                        List.of(
                                new Need("90000017", OCCUPATION + "269c47e7-9017-4aa6-bce8-49e89a696a64", Map.of(MAINTENANCE, 2),
                                        List.of(TROUBLESHOOT), List.of("VCA"), GELEEN, 1, 36),
                                new Need("90000013", OCCUPATION + "4910419f-b4af-4f59-b544-9dbebc8a74f0", Map.of(ELECTRICAL, 3),
                                        List.of(), List.of("VCA"), VENLO, 1, 32))),
                new Plan("Zorgpool Maas en Kempen", List.of("CARE"), List.of("NOORD_LIMBURG", "MIDDEN_LIMBURG", "CROSS_BORDER"),
                        List.of("90000011", "90000012", "90000021"),
                        List.of(
                                new Person("Fatima El Idrissi", "90000011", OCCUPATION + "d38c2107-98f2-47b7-8bb4-f69750d51082", ROERMOND, 25,
                                        Map.of(PHYSICAL_DISABILITY_SUPPORT, 3, OLDER_ADULTS_NEEDS, 2, FIRST_AID, 2), Map.of("nl", "C1"), Map.of(), 28, true),
                                new Person("Els Janssens", "90000021", OCCUPATION + "8d3e8aaa-791b-4c75-a465-f3f827028f50", MAASEIK, 35,
                                        Map.of(MEDICATION, 3, PHYSICAL_DISABILITY_SUPPORT, 3), Map.of("nl", "C2", "fr", "B1"),
                                        Map.of("BIG", certificateValid), 32, true),
                                new Person("Anouk Verheijen", "90000012", OCCUPATION + "d38c2107-98f2-47b7-8bb4-f69750d51082", VENRAY, 20,
                                        Map.of(PHYSICAL_DISABILITY_SUPPORT, 2, OLDER_ADULTS_NEEDS, 3), Map.of("nl", "C2"), Map.of(), 24, true)),
                        List.of(
                                new Need("90000012", OCCUPATION + "d38c2107-98f2-47b7-8bb4-f69750d51082", Map.of(PHYSICAL_DISABILITY_SUPPORT, 2),
                                        List.of(OLDER_ADULTS_NEEDS), List.of(), VENRAY, 1, 24),
                                new Need("90000011", OCCUPATION + "8d3e8aaa-791b-4c75-a465-f3f827028f50", Map.of(MEDICATION, 2), List.of(),
                                        List.of("BIG"), ROERMOND, 1, 32))),
                new Plan("Van werk naar werk Zuid-Limburg",
                        List.of("CHEMISTRY", "TECHNOLOGY_AND_MANUFACTURING", "LOGISTICS"),
                        List.of("ZUID_LIMBURG", "MIDDEN_LIMBURG"), List.of("90000017", "90000018", "90000020"),
                        List.of(
                                new Person("Bart Lemmens", null, OCCUPATION + "245be6d1-fe9a-4ac8-9f81-122a687e4724", GELEEN, 30,
                                        Map.of(QUALITY, 3, MAINTENANCE, 1), Map.of("nl", "C2"), Map.of("VCA", certificateValid),
                                        40, true),
                                new Person("Nicole Maessen", null, OCCUPATION + "bea705fe-06ac-4147-b8e0-6e8ac1208d8f",
                                        MAASTRICHT, 35, Map.of(WAREHOUSE, 3, PICKING, 2, FORKLIFT, 1), Map.of("nl", "C2"),
                                        Map.of(), 32, true),
                                new Person("Jeroen Hermans", "90000018", OCCUPATION + "245be6d1-fe9a-4ac8-9f81-122a687e4724", WEERT, 25,
                                        Map.of(QUALITY, 2, ENGINEERING_DRAWINGS, 2), Map.of("nl", "C2"), Map.of("VCA", certificateValid), 36,
                                        true),
                                new Person("Hanne Claes", null, OCCUPATION + "245be6d1-fe9a-4ac8-9f81-122a687e4724", HASSELT, 60,
                                        Map.of(QUALITY, 2), Map.of("nl", "C2"), Map.of(), 32, true)),
                        List.of(
                                new Need("90000017", OCCUPATION + "245be6d1-fe9a-4ac8-9f81-122a687e4724", Map.of(QUALITY, 2),
                                        List.of(MAINTENANCE), List.of("VCA"), GELEEN, 2, 36),
                                new Need("90000020", OCCUPATION + "bea705fe-06ac-4147-b8e0-6e8ac1208d8f", Map.of(WAREHOUSE, 2),
                                        List.of(FORKLIFT), List.of(), GELEEN, 1, 32))));
    }

    void seedOnce(Map<String, String> serviceUrls) {
        String poolsUrl = serviceUrls.get(SERVICE);
        String membersUrl = serviceUrls.get("members");
        if (poolsUrl == null || membersUrl == null) {
            log.info("demo data: pools or members is not part of this build, no demo pools seeded");
            return;
        }
        if (ledger.isSeeded(SERVICE)) {
            log.info("demo data: pools already seeded, nothing to do");
            return;
        }
        Map<String, String> idByKvk = DemoCompanies.active(http, membersUrl).stream().collect(Collectors.toMap(
                m -> m.get("kvkNumber").asString(), m -> m.get("id").asString(), (a, b) -> a, LinkedHashMap::new));
        Set<String> existing = new HashSet<>();
        StreamSupport.stream(http.get(poolsUrl + "/pools").spliterator(), false)
                .forEach(p -> existing.add(p.get("name").asString()));
        int seeded = 0;
        for (Plan plan : plans()) {
            if (existing.contains(plan.name())) {
                log.warn("demo data: pool {} exists (an earlier seeding was interrupted), kept as it is", plan.name());
                continue;
            }
            if (!idByKvk.keySet().containsAll(plan.memberKvks())) {
                log.info("demo data: pool {} skipped, not all of its companies are active members", plan.name());
                continue;
            }
            seed(poolsUrl, plan, idByKvk);
            seeded++;
        }
        ledger.markSeeded(SERVICE, seeded, null);
        log.info("demo data: {} pools with people, requests and a matching run each through {}", seeded, poolsUrl);
    }

    private void seed(String poolsUrl, Plan plan, Map<String, String> idByKvk) {
        String poolId = http.post(poolsUrl + "/pools", Map.of("name", plan.name(), "sectors", plan.sectors(),
                "regions", plan.regions())).get("id").asString();
        for (String kvk : plan.memberKvks()) {
            // the pools service learns about members from the broker, a moment after the members service
            http.postOnceMemberKnown(poolsUrl + "/pools/" + poolId + "/members", Map.of("memberId", idByKvk.get(kvk)));
        }
        for (Person person : plan.people()) {
            String personId = http.post(poolsUrl + "/pools/" + poolId + "/talent", offer(person, idByKvk))
                    .get("personId").asString();
            if (!person.consent()) {
                // offered only with consent; this one withdrew it afterwards, so the run leaves them out
                http.put(poolsUrl + "/talent/" + personId + "/consent", Map.of("granted", false));
            }
        }
        for (Need need : plan.needs()) {
            http.postOnceMemberKnown(poolsUrl + "/pools/" + poolId + "/requests", request(need, idByKvk));
        }
        http.post(poolsUrl + "/pools/" + poolId + "/matching-runs", null);
    }

    private Map<String, Object> offer(Person person, Map<String, String> idByKvk) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", person.name());
        profile.put("email", person.name().toLowerCase().replace(' ', '.') + "@example.org");
        profile.put("phone", "+31 6 0000 " + String.format("%04d", Math.abs(person.name().hashCode()) % 10_000));
        profile.put("homePlace", person.home().name());
        profile.put("country", person.home().country());
        profile.put("region", person.home().region());
        profile.put("latitude", person.home().latitude());
        profile.put("longitude", person.home().longitude());
        profile.put("maxTravelKm", person.maxTravelKm());
        profile.put("skills", person.skills());
        profile.put("languages", person.languages());
        profile.put("certificates", person.certificates().entrySet().stream()
                .map(c -> Map.of("name", c.getKey(), "expiresOn", c.getValue().toString())).toList());
        profile.put("availability", List.of(Map.of("period", Map.of("from", today.plusDays(7).toString(),
                "to", today.plusMonths(6).toString()), "hoursPerWeek", person.hoursPerWeek())));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("offeredBy", person.offeredByKvk() == null ? "partner:partner-uwv" : idByKvk.get(person.offeredByKvk()));
        body.put("occupation", person.occupation());
        body.put("consentToShare", true);
        body.put("person", profile);
        return body;
    }

    private Map<String, Object> request(Need need, Map<String, String> idByKvk) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("memberId", idByKvk.get(need.kvk()));
        body.put("occupation", need.occupation());
        body.put("requiredSkills", need.required().entrySet().stream()
                .map(s -> Map.of("skill", s.getKey(), "level", s.getValue())).toList());
        body.put("desiredSkills", need.desired());
        body.put("languages", List.of(Map.of("language", "nl", "level", "A2")));
        body.put("certificates", need.certificates());
        body.put("periodStart", today.plusDays(14).toString());
        body.put("periodEnd", today.plusDays(14 + 90).toString());
        body.put("hoursPerWeek", need.hoursPerWeek());
        body.put("placeName", need.place().name());
        body.put("latitude", need.place().latitude());
        body.put("longitude", need.place().longitude());
        body.put("positions", need.positions());
        return body;
    }
}
