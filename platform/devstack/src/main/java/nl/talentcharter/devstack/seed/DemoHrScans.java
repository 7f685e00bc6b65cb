package nl.talentcharter.devstack.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Seeds about {@value #DEFAULT_COUNT} HR scans (the pilot's number; system property {@value #COUNT_PROPERTY})
 * spread over the active demo members, through the hr-scans REST API: re-scans on the older template first and
 * the current one later, each requested, scheduled, answered ({@link DemoScanAnswers}), completed, followed up
 * with action points on the weakest domains and closed. Each company's latest scan is left somewhere along the
 * way (awaiting its follow-up, half answered, scheduled, just requested or cancelled), so every state shows.
 */
final class DemoHrScans {

    static final String SERVICE = "hr-scans";
    static final String COUNT_PROPERTY = "devstack.demo-hr-scans";
    static final int DEFAULT_COUNT = 250;
    private static final int PARALLEL_COMPANIES = 4;
    private static final Logger log = LoggerFactory.getLogger(DemoHrScans.class);

    /** Where a company's latest scan is left. */
    private enum LastStep {
        CLOSED, COMPLETED, IN_PROGRESS, SCHEDULED, REQUESTED, CANCELLED
    }

    private final DemoDataLedger ledger;
    private final SeedHttp http;

    DemoHrScans(DemoDataLedger ledger, SeedHttp http) {
        this.ledger = ledger;
        this.http = http;
    }

    void seedOnce(Map<String, String> serviceUrls) {
        String scansUrl = serviceUrls.get(SERVICE);
        String membersUrl = serviceUrls.get("members");
        if (scansUrl == null || membersUrl == null) {
            log.info("demo data: hr-scans or members is not part of this build, no demo HR scans seeded");
            return;
        }
        if (ledger.isSeeded(SERVICE)) {
            log.info("demo data: HR scans already seeded, nothing to do");
            return;
        }
        int count = Integer.getInteger(COUNT_PROPERTY, DEFAULT_COUNT);
        List<JsonNode> members = DemoCompanies.active(http, membersUrl);
        List<JsonNode> templates = StreamSupport.stream(http.get(scansUrl + "/templates").spliterator(), false)
                .map(view -> view.get("template"))
                .sorted(Comparator.comparingInt(t -> t.get("version").asInt())).toList();
        long started = System.nanoTime();
        AtomicInteger seeded = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_COMPANIES);
        try {
            List<Future<?>> companies = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                JsonNode member = members.get(i);
                int scans = count / members.size() + (i < count % members.size() ? 1 : 0);
                LastStep last = LastStep.values()[i % LastStep.values().length];
                companies.add(pool.submit(() -> seeded.addAndGet(seedCompany(scansUrl, member, scans, last, templates))));
            }
            for (Future<?> company : companies) {
                company.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("demo data: seeding HR scans failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        ledger.markSeeded(SERVICE, seeded.get(), null);
        log.info("demo data: {} HR scans for {} members through {}/scans in {} ms", seeded.get(), members.size(),
                scansUrl, (System.nanoTime() - started) / 1_000_000);
    }

    private int seedCompany(String scansUrl, JsonNode member, int scans, LastStep last, List<JsonNode> templates) {
        DemoScanAnswers answers = new DemoScanAnswers(member.get("kvkNumber").asString(),
                member.get("frontRunner").asBoolean());
        for (int round = 0; round < scans; round++) {
            JsonNode template = templates.get(round < scans / 2 ? 0 : templates.size() - 1);
            seedScan(scansUrl, member.get("id").asString(), template, answers, round,
                    round == scans - 1 ? last : LastStep.CLOSED);
        }
        return scans;
    }

    private void seedScan(String scansUrl, String memberId, JsonNode template, DemoScanAnswers answers, int round,
            LastStep last) {
        LocalDate today = LocalDate.now();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("memberId", memberId);
        request.put("templateVersion", template.get("version").asInt());
        String scan = scansUrl + "/scans/" + http.postOnceMemberKnown(scansUrl + "/scans", request).get("id").asString();
        if (last == LastStep.REQUESTED) {
            return;
        }
        if (last == LastStep.CANCELLED) {
            http.post(scan + "/cancel", null);
            return;
        }
        http.post(scan + "/schedule", Map.of("date", today.toString()));
        if (last == LastStep.SCHEDULED) {
            return;
        }
        http.post(scan + "/answers", Map.of("answers", answers.answers(template, round,
                last == LastStep.IN_PROGRESS ? 0.5 : 1.0)));
        if (last == LastStep.IN_PROGRESS) {
            return;
        }
        JsonNode completed = http.post(scan + "/complete", null);
        if (last == LastStep.COMPLETED) {
            return;
        }
        JsonNode followedUp = http.post(scan + "/follow-ups", Map.of("heldOn", today.toString(),
                "notes", "Uitslag besproken met directie en leidinggevenden; twee verbeterpunten gekozen.",
                "actionPoints", actionPoints(completed.get("result"), today)));
        if (round % 2 == 0) {
            JsonNode first = followedUp.get("actionPoints").get(0);
            http.post(scan + "/action-points/" + first.get("id").asString() + "/done", null);
        }
        http.post(scan + "/close", null);
    }

    /** An action point for each of the two weakest domains, on the first action line the domain informs. */
    private static List<Map<String, Object>> actionPoints(JsonNode result, LocalDate today) {
        List<JsonNode> weakest = StreamSupport.stream(result.get("domains").spliterator(), false)
                .filter(d -> !d.get("actionLines").isEmpty())
                .sorted(Comparator.comparingDouble((JsonNode d) -> d.get("score").asDouble())
                        .thenComparing(d -> d.get("domain").asString()))
                .limit(2).toList();
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < weakest.size(); i++) {
            JsonNode domain = weakest.get(i);
            points.add(Map.of("description", "Plan van aanpak opstellen voor " + domain.get("domain").asString(),
                    "owner", i == 0 ? "Directie" : "HR-adviseur", "dueOn", today.plusDays(60L + 30L * i).toString(),
                    "actionLine", domain.get("actionLines").get(0).asString()));
        }
        return points;
    }
}
