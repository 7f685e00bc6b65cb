package nl.talentcharter.events.it;

import static nl.talentcharter.testkit.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.talentcharter.contracts.events.EventsEvents;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Capacity is never exceeded: 200 people race for 50 seats over real HTTP, some of them twice. */
class ConcurrentRegistrationTest extends EventsIntegrationTest {

    @Test
    void twoHundredConcurrentRegistrationsForFiftySeatsGiveFiftyConfirmedAndOneHundredFiftyWaitlisted()
            throws Exception {
        String id = schedule(labourMarketEvent(50, null));
        String member = "m-" + UUID.randomUUID();
        String token = TestTokens.operator();
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            contacts.add("c-" + i);
        }
        // 20 people click twice: still one registration each
        List<String> attempts = new ArrayList<>(contacts);
        attempts.addAll(contacts.subList(0, 20));

        ExecutorService pool = Executors.newFixedThreadPool(64);
        CountDownLatch start = new CountDownLatch(1);
        try (TopicReader topic = eventsTopic()) {
            List<Future<Reply>> futures = new ArrayList<>();
            for (String contact : attempts) {
                Callable<Reply> call = () -> {
                    start.await();
                    return post("/events/" + id + "/registrations", token,
                            "{\"memberId\": \"%s\", \"contactId\": \"%s\"}".formatted(member, contact));
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Reply> responses = new ArrayList<>();
            for (Future<Reply> future : futures) {
                responses.add(future.get());
            }

            Map<Integer, Long> statuses = responses.stream()
                    .collect(Collectors.groupingBy(Reply::status, Collectors.counting()));
            assertThat(statuses).as(statuses.toString()).containsOnlyKeys(201, 409);
            assertThat(statuses.get(201)).isEqualTo(200);
            assertThat(statuses.get(409)).isEqualTo(20);
            List<JsonNode> created = responses.stream().filter(r -> r.status() == 201).map(Reply::json).toList();
            Map<String, Long> byStatus = created.stream()
                    .collect(Collectors.groupingBy(r -> r.get("status").asString(), Collectors.counting()));
            assertThat(byStatus).containsEntry("CONFIRMED", 50L).containsEntry("WAITLISTED", 150L);
            assertThat(created.stream().map(r -> r.get("contactId").asString()).distinct()).hasSize(200);
            assertThat(created.stream().filter(r -> r.has("waitlistPosition"))
                    .map(r -> r.get("waitlistPosition").asInt()).distinct()).hasSize(150);

            JsonNode stored = get("/events/" + id, token).json();
            assertThat(stored.get("confirmed").asInt()).isEqualTo(50);
            assertThat(stored.get("waitlisted").asInt()).isEqualTo(150);
            assertThat(get("/events/" + id + "/registrations", token).json().size()).isEqualTo(200);

            // on the topic: exactly one decision per registration (a republished record keeps its ce_id)
            Function<ConsumerRecord<String, byte[]>, String> registrationId = r -> validPayload(r)
                    .path("registrationId").asString();
            Map<String, ConsumerRecord<String, byte[]>> unique = new java.util.concurrent.ConcurrentHashMap<>();
            topic.await(r -> {
                if (id.equals(r.key())) {
                    unique.putIfAbsent(header(r, "ce_id"), r);
                }
                return unique.size() >= 200;
            }, EVENT_TIMEOUT);
            assertThat(unique.values().stream().map(registrationId).distinct()).hasSize(200);
            assertThat(unique.values().stream().filter(r -> EventsEvents.REGISTRATION_CONFIRMED.type().equals(typeOf(r))))
                    .hasSize(50);
            assertThat(unique.values().stream().filter(r -> EventsEvents.REGISTRATION_WAITLISTED.type().equals(typeOf(r))))
                    .hasSize(150);
        } finally {
            pool.shutdownNow();
        }
    }
}
