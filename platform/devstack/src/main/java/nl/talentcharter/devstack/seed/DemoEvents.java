package nl.talentcharter.devstack.seed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.talentcharter.devstack.issuer.DemoClients;
import nl.talentcharter.devstack.issuer.TokenClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds a year of the events service once, through its REST API: two labour-market events with member and
 * guest registrations (one full, with a waitlist), the labour-market governance meeting, four education
 * governance meetings with agenda, minutes and decisions, and three work visits with what was heard.
 * Meetings and visits fall on fixed days of this year (most already past, as in a real year); the
 * labour-market events lie ahead, because registration closes at the start.
 */
final class DemoEvents {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SERVICE = "events";
    private static final String LABOUR_MARKET_MEETING = "Bestuurlijk overleg arbeidsmarkt Limburg";
    private static final String EDUCATION_MEETING = "Bestuurlijk overleg onderwijs Q";
    private static final String WORK_VISIT = "Werkbezoek gedeputeerde";
    private static final String LABOUR_MARKET_EVENT = "Arbeidsmarktevent ";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String eventsUrl;
    private final String token;

    private DemoEvents(String eventsUrl, String token) {
        this.eventsUrl = eventsUrl;
        this.token = token;
    }

    static void seedOnce(DemoDataLedger ledger, TokenClient tokens, Map<String, String> serviceUrls) {
        String eventsUrl = serviceUrls.get(SERVICE);
        if (eventsUrl == null) {
            log.info("demo data: the events service is not part of this build, no demo events seeded");
            return;
        }
        if (ledger.isSeeded(SERVICE)) {
            log.info("demo data: events already seeded, nothing to do");
            return;
        }
        DemoEvents seeder = new DemoEvents(eventsUrl, tokens.accessToken(DemoClients.OPERATOR));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        int earlier = seeder.demoGatheringsOf(today.getYear());
        if (earlier > 0) {
            // an earlier seeding stopped before its marker: gatherings have no natural key, so seeding again
            // would double them; what is there is kept
            log.warn("demo data: {} demo gatherings exist already (an earlier seeding was interrupted), kept as they are",
                    earlier);
            ledger.markSeeded(SERVICE, earlier, null);
            return;
        }
        List<String> memberIds = seeder.memberIds(serviceUrls.get("members"));
        int seeded = seeder.seedYear(today, memberIds);
        ledger.markSeeded(SERVICE, seeded, null);
        log.info("demo data: {} events, meetings and work visits scheduled through POST {}/events", seeded, eventsUrl);
    }

    /**
     * How many of this year's gatherings are demo ones. The meetings and visits always fall in {@code year}; the
     * labour-market events may lie in the next, which this check then misses (only after December 10th).
     */
    private int demoGatheringsOf(int year) {
        int count = 0;
        for (JsonNode gathering : send("GET", eventsUrl + "/events?year=" + year, null)) {
            String title = gathering.path("title").asString();
            if (title.startsWith(EDUCATION_MEETING) || title.startsWith(LABOUR_MARKET_EVENT)
                    || title.equals(LABOUR_MARKET_MEETING) || title.equals(WORK_VISIT)) {
                count++;
            }
        }
        return count;
    }

    /** Ids of demo members to register contacts of and to visit; none when the members service is absent. */
    private List<String> memberIds(String membersUrl) {
        if (membersUrl == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        send("GET", membersUrl + "/members?size=20", null).path("items").forEach(m -> ids.add(m.path("id").asString()));
        return ids;
    }

    private int seedYear(LocalDate today, List<String> memberIds) {
        int year = today.getYear();
        int count = 0;

        String techniek = schedule(Map.of("kind", "LABOUR_MARKET_EVENT",
                "title", LABOUR_MARKET_EVENT + "Noord-Limburg: techniek en logistiek", "date", today.plusDays(10).toString(),
                "startTime", "15:00", "endTime", "18:00", "placeName", "Venlo, Villa Flora", "audience", "OPEN",
                "capacity", 120, "actionLines", List.of("ATTRACT", "RETAIN"), "organiserPartners", List.of("UWV Noord-Limburg")));
        String zorg = schedule(Map.of("kind", "LABOUR_MARKET_EVENT",
                "title", LABOUR_MARKET_EVENT + "Zuid-Limburg: zorg en welzijn", "date", today.plusDays(20).toString(),
                "startTime", "14:00", "endTime", "17:00", "placeName", "Heerlen, Glaspaleis", "audience", "OPEN",
                "capacity", 3, "memberPriority", true, "actionLines", List.of("DEVELOP", "MAINTAIN")));
        count += 2;
        for (int i = 0; i < Math.min(memberIds.size(), 5); i++) {
            registerContact(techniek, memberIds.get(i), "demo-contact-" + (i + 1));
            registerContact(zorg, memberIds.get(i), "demo-contact-" + (i + 1));
        }
        registerGuest(techniek, "Sanne Peeters", "sanne.peeters@example.org", "Installatiebedrijf Peeters", "SME",
                "NOORD_LIMBURG");
        registerGuest(zorg, "Bram Hendriks", "bram.hendriks@example.org", "Thuiszorg Parkstad", "SME", "ZUID_LIMBURG");

        String labourMeeting = schedule(meeting("LABOUR_MARKET_GOVERNANCE_MEETING",
                LABOUR_MARKET_MEETING, LocalDate.of(year, 6, 12), "Maastricht, Gouvernement"));
        agenda(labourMeeting, List.of("Arbeidsmarktregio Noord-Limburg", "Arbeidsmarktregio Midden-Limburg",
                "Arbeidsmarktregio Zuid-Limburg", "Werkgeversverenigingen", "UWV", "Vakbonden"),
                List.of("Stand van het Talentcharter", "Tekorten in techniek en zorg", "Afspraken voor volgend jaar"));
        decide(labourMeeting, "Gezamenlijke aanpak zij-instromers techniek", LocalDate.of(year, 6, 12),
                "UWV Limburg", LocalDate.of(year, 10, 1));
        count++;

        LocalDate[] educationDays = {LocalDate.of(year, 2, 20), LocalDate.of(year, 5, 14), LocalDate.of(year, 9, 17),
                LocalDate.of(year, 11, 26)};
        for (int i = 0; i < educationDays.length; i++) {
            String meeting = schedule(meeting("EDUCATION_GOVERNANCE_MEETING",
                    EDUCATION_MEETING + (i + 1), educationDays[i], "Sittard, Provinciehuis"));
            agenda(meeting, List.of("mbo-instellingen", "Zuyd Hogeschool", "Fontys Venlo", "Maastricht University"),
                    List.of("Doorlopende leerlijnen mbo-hbo-wo", "Stages bij leden"));
            decide(meeting, "Stageplaatsen bij leden bundelen in één overzicht (kwartaal " + (i + 1) + ")",
                    educationDays[i], "Zuyd Hogeschool", educationDays[i].plusMonths(2));
            count++;
        }

        String[][] visits = {
                {"04-09", "CHALLENGE", "Onderhoudstechnici zijn niet te vinden; vacatures staan maanden open",
                        "ATTRACT", "technici"},
                {"07-03", "THEME", "Wil eigen medewerkers omscholen richting automatisering", "DEVELOP", "omscholing"},
                {"10-16", "CHALLENGE", "Oudere medewerkers in zware functies vallen uit", "MAINTAIN", "duurzame-inzet"}};
        for (int i = 0; i < visits.length && i < Math.max(memberIds.size(), 1); i++) {
            String visited = memberIds.isEmpty() ? "demo-member" : memberIds.get(i % memberIds.size());
            LocalDate day = LocalDate.parse(year + "-" + visits[i][0]);
            String visit = schedule(Map.of("kind", "WORK_VISIT", "title", WORK_VISIT,
                    "date", day.toString(), "startTime", "10:00", "endTime", "12:00", "placeName", "Op locatie",
                    "audience", "MEMBERS_ONLY", "visitedMemberId", visited));
            send("PUT", eventsUrl + "/events/" + visit + "/visit-report", Map.of("visitedOn", day.toString(),
                    "visitors", List.of("Gedeputeerde arbeidsmarkt", "Accountmanager Talentcharter"),
                    "heard", List.of(Map.of("kind", visits[i][1], "summary", visits[i][2],
                            "actionLines", List.of(visits[i][3]), "tags", List.of(visits[i][4]))),
                    "followUps", List.of(Map.of("description", "Koppelen aan een passende sprint",
                            "owner", "Talentcharter Limburg", "dueOn", day.plusWeeks(4).toString()))));
            count++;
        }
        return count;
    }

    private static Map<String, Object> meeting(String kind, String title, LocalDate day, String place) {
        return Map.of("kind", kind, "title", title, "date", day.toString(), "startTime", "10:00", "endTime", "12:30",
                "placeName", place, "audience", "MEMBERS_ONLY", "organiserPartners", List.of("Provincie Limburg"));
    }

    private String schedule(Map<String, Object> body) {
        return send("POST", eventsUrl + "/events", body).path("id").asString();
    }

    private void registerContact(String eventId, String memberId, String contactId) {
        send("POST", eventsUrl + "/events/" + eventId + "/registrations", Map.of("memberId", memberId,
                "contactId", contactId));
    }

    /** Invented people with reserved example.org addresses; they consent, as the public form requires. */
    private void registerGuest(String eventId, String name, String email, String organisation, String sizeClass,
            String region) {
        send("POST", eventsUrl + "/public/events/" + eventId + "/registrations", Map.of("name", name, "email", email,
                "organisationName", organisation, "sizeClass", sizeClass, "region", region, "consent", true));
    }

    private void agenda(String eventId, List<String> parties, List<String> items) {
        send("PUT", eventsUrl + "/events/" + eventId + "/governance/agenda", Map.of("invitedParties", parties,
                "agenda", items));
        send("PUT", eventsUrl + "/events/" + eventId + "/governance/minutes", Map.of("minutes",
                "De partijen bespraken " + String.join(", ", items).toLowerCase() + "."));
    }

    private void decide(String eventId, String decision, LocalDate on, String owner, LocalDate due) {
        send("POST", eventsUrl + "/events/" + eventId + "/governance/decisions", Map.of("decision", decision,
                "decidedOn", on.toString(), "actions", List.of(Map.of("description", "Uitwerken en terugkoppelen",
                        "owner", owner, "dueOn", due.toString()))));
    }

    /** Any answer but 2xx stops the seeding with the service's problem detail (the marker is then not written). */
    private JsonNode send(String method, String url, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("demo data: " + method + " " + url + " answered " + response.statusCode()
                    + " " + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
