package nl.talentcharter.devstack.seed;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Seeds a handful of thematic sprints in every state through the sprints REST API (one completed with its
 * outcome, two running with sessions and a company that left, one proposed, one cancelled), a few stated
 * interests and one stored cohort proposal. The member client's organisation leads the completed sprint, so a
 * member user sees something too. Runs after the HR scans, whose completions feed the inferred interests.
 */
final class DemoSprints {

    static final String SERVICE = "sprints";
    private static final Logger log = LoggerFactory.getLogger(DemoSprints.class);

    /** One demo sprint: companies by KvK number, the lead first, and how far it got. */
    private record Plan(String themeId, String challenge, List<String> kvkNumbers, int sessions, String leftKvk,
            String endState) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("vitality", "Hoe houden we zware functies in zorg en bouw vol tot het pensioen?",
                    List.of("90000011", "90000012", "90000017", "90000018", "90000020"), 3, null, "COMPLETED"),
            new Plan("young-talent", "Hoe houden we jonge technici na hun opleiding in Noord-Limburg?",
                    List.of("90000013", "90000015", "90000016", "90000019", "90000014"), 2, "90000019", "STARTED"),
            new Plan("learning-culture", "Leren op de werkvloer zonder eigen opleidingsafdeling",
                    List.of("90000017", "90000011", "90000014", "90000018"), 1, null, "STARTED"),
            new Plan("labour-migrants", "Een goede eerste maand voor arbeidsmigranten in logistiek en tuinbouw",
                    List.of("90000016", "90000015", "90000013", "90000021"), 0, null, "PROPOSED"),
            new Plan("hr-for-smes", "HR regelen in een bedrijf zonder HR-afdeling",
                    List.of("90000014", "90000019", "90000020", "90000012"), 0, null, "CANCELLED"));

    private final DemoDataLedger ledger;
    private final SeedHttp http;

    DemoSprints(DemoDataLedger ledger, SeedHttp http) {
        this.ledger = ledger;
        this.http = http;
    }

    void seedOnce(Map<String, String> serviceUrls) {
        String sprintsUrl = serviceUrls.get(SERVICE);
        String membersUrl = serviceUrls.get("members");
        if (sprintsUrl == null || membersUrl == null) {
            log.info("demo data: sprints or members is not part of this build, no demo sprints seeded");
            return;
        }
        if (ledger.isSeeded(SERVICE)) {
            log.info("demo data: sprints already seeded, nothing to do");
            return;
        }
        Map<String, String> idByKvk = DemoCompanies.active(http, membersUrl).stream().collect(Collectors.toMap(
                m -> m.get("kvkNumber").asString(), m -> m.get("id").asString(), (a, b) -> a, LinkedHashMap::new));
        int seeded = 0;
        for (Plan plan : PLANS) {
            if (!idByKvk.keySet().containsAll(plan.kvkNumbers())) {
                log.info("demo data: sprint on {} skipped, not all of its companies are active members", plan.themeId());
                continue;
            }
            seed(sprintsUrl, plan, idByKvk);
            seeded++;
        }
        String interested = idByKvk.get("90000011");
        if (interested != null) {
            http.put(sprintsUrl + "/members/" + interested + "/interests",
                    Map.of("themeIds", List.of("vitality", "learning-culture")));
        }
        http.post(sprintsUrl + "/themes/vitality/cohort-proposals", null);
        ledger.markSeeded(SERVICE, seeded, null);
        log.info("demo data: {} sprints and a cohort proposal through {}", seeded, sprintsUrl);
    }

    private void seed(String sprintsUrl, Plan plan, Map<String, String> idByKvk) {
        List<String> members = plan.kvkNumbers().stream().map(idByKvk::get).toList();
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("themeId", plan.themeId());
        proposal.put("challenge", plan.challenge());
        proposal.put("leadMemberId", members.get(0));
        proposal.put("memberIds", members.subList(1, members.size()));
        String sprint = sprintsUrl + "/sprints/"
                + http.postOnceMemberKnown(sprintsUrl + "/sprints", proposal).get("id").asString();
        if (plan.endState().equals("PROPOSED")) {
            return;
        }
        if (plan.endState().equals("CANCELLED")) {
            http.post(sprint + "/cancel", Map.of("reason", "In het voorjaar konden te weinig bedrijven vrijmaken"));
            return;
        }
        http.post(sprint + "/start", null);
        List<String> present = members;
        for (int session = 1; session <= plan.sessions(); session++) {
            if (plan.leftKvk() != null && session == 2) {
                String leaving = idByKvk.get(plan.leftKvk());
                http.post(sprint + "/leave", Map.of("memberId", leaving,
                        "reason", "Te weinig tijd door een grote opdracht dit kwartaal"));
                present = members.stream().filter(m -> !m.equals(leaving)).toList();
            }
            // one company misses every other session: attendance is rarely complete
            List<String> attending = session % 2 == 0 ? present.subList(0, present.size() - 1) : present;
            http.post(sprint + "/sessions", Map.of("heldOn", LocalDate.now().toString(),
                    "agenda", "Sessie " + session + ": wat werkt bij jullie, wat proberen we de komende weken?",
                    "presentMemberIds", attending, "notes", "Ervaringen gedeeld en een experiment per bedrijf gekozen."));
        }
        if (plan.endState().equals("COMPLETED")) {
            http.post(sprint + "/complete", Map.of(
                    "whatWasTried", "Taakroulatie op zware afdelingen en een vitaliteitsgesprek per medewerker",
                    "practicesShared", List.of("Roulatierooster per team", "Gespreksleidraad vitaliteit"),
                    "agreementsToContinue", List.of("Twee keer per jaar een terugkomdag")));
        }
    }
}
