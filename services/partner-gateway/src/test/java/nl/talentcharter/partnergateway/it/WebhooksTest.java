package nl.talentcharter.partnergateway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.talentcharter.partnergateway.domain.WebhookSignature;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A partner subscribed by webhook gets every event once, in order, signed; also after being down for a while. */
class WebhooksTest extends GatewayIntegrationTest {

    private static final String SECRET = "s3cret-of-the-partner-" + UUID.randomUUID();
    private static final String TOKEN = TestTokens.partner("uwv", "events.read");

    /** What every scenario starts from: a partner subscribed to cancellations at its receiver, a gathering of its own. */
    private record Subscribed(String id, WebhookReceiver receiver, PublicEvents events, String gathering) {

        /** The gathering's cancellation with this sequence, published by the events service; returns its ce_id. */
        String cancelled(long sequence) {
            return events.cancelled(gathering, sequence);
        }

        List<WebhookReceiver.Received> awaitAccepted(int count) {
            return WebhooksTest.awaitAccepted(receiver, gathering, count);
        }
    }

    @FunctionalInterface
    private interface Scenario {
        void run(Subscribed subscribed);
    }

    /** Runs {@code scenario} on a fresh subscription and unsubscribes afterwards, so no later test delivers to it. */
    private void subscribed(Scenario scenario) {
        try (WebhookReceiver receiver = new WebhookReceiver(); PublicEvents events = new PublicEvents()) {
            Reply created = post("/subscriptions", TOKEN, """
                    {"eventTypes": ["%s"], "url": "%s", "secret": "%s"}""".formatted(PublicEvents.CANCELLED, receiver.url(), SECRET));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String subscription = created.json().path("id").asString();
            scenario.run(new Subscribed(subscription, receiver, events, newId()));
            send("DELETE", "/subscriptions/" + subscription, TOKEN, null, null, java.util.Map.of());
        }
    }

    @Test
    void signedEventsArriveInBinaryModeAndTheSignatureVerifiesWithTheSecret() {
        subscribed(s -> {
            List<String> ids = List.of(s.cancelled(1), s.cancelled(2));

            List<WebhookReceiver.Received> arrived = s.awaitAccepted(2);

            assertThat(arrived).extracting(WebhookReceiver.Received::ceId).containsExactlyElementsOf(ids);
            for (WebhookReceiver.Received event : arrived) {
                assertThat(event.ceType()).isEqualTo(PublicEvents.CANCELLED);
                assertThat(event.ceSource()).isEqualTo("/talentcharter/events");
                assertThat(WebhookSignature.verify(SECRET, event.ceId(), event.signature(), event.body())).isTrue();
                assertThat(WebhookSignature.verify("another-secret-entirely", event.ceId(), event.signature(), event.body()))
                        .isFalse();
                assertThat(JSON.readTree(event.body()).path("eventId").asString()).isEqualTo(s.gathering());
            }
            assertThat(arrived).extracting(WebhookReceiver.Received::ceSequence).containsExactly("1", "2");
        });
    }

    @Test
    void afterBeingDownForAWhileThePartnerGetsEveryEventOnceInOrder() {
        subscribed(s -> {
            WebhookReceiver receiver = s.receiver();
            List<String> ids = new ArrayList<>();

            receiver.answer(503);
            ids.add(s.cancelled(1));
            ids.add(s.cancelled(2));
            await("refused attempts").atMost(EVENT_TIMEOUT).until(() -> receiver.refused() >= 2);
            receiver.shutDown();
            ids.add(s.cancelled(3));
            ids.add(s.cancelled(4));
            receiver.answer(204);
            receiver.comeBack();
            ids.add(s.cancelled(5));

            List<WebhookReceiver.Received> arrived = s.awaitAccepted(5);
            assertThat(arrived).extracting(WebhookReceiver.Received::ceId).as("every event once, in order")
                    .containsExactlyElementsOf(ids);
            assertThat(arrived).allSatisfy(event ->
                    assertThat(WebhookSignature.verify(SECRET, event.ceId(), event.signature(), event.body())).isTrue());
            assertThat(get("/subscriptions/" + s.id() + "/dead-letters", TOKEN).json().size()).isZero();
            assertThat(get("/actuator/prometheus", null).body())
                    .containsPattern("partner_gateway_webhook_attempts_total\\{[^}]*outcome=\"failed\",partner=\"uwv\"}")
                    .containsPattern("partner_gateway_webhook_attempts_total\\{[^}]*outcome=\"delivered\",partner=\"uwv\"}");
        });
    }

    @Test
    void anEndpointThatDoesNotAnswerInTimeIsGivenUpOnAndTriedAgain() {
        subscribed(s -> {
            s.receiver().hold();
            String id = s.cancelled(1);

            String key = nl.talentcharter.partnergateway.persistence.DeliveryDocument.key(s.id(), id);
            await("an attempt timed out").atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
                var delivery = mongo.findById(key, nl.talentcharter.partnergateway.persistence.DeliveryDocument.class);
                return delivery != null && delivery.getAttempts() >= 1 && delivery.getLastError() != null
                        && delivery.getLastError().toLowerCase(java.util.Locale.ROOT).matches("(?s).*time(d)? ?out.*");
            });
            s.receiver().release();

            assertThat(s.awaitAccepted(1)).extracting(WebhookReceiver.Received::ceId).contains(id);
            await("delivered").atMost(EVENT_TIMEOUT).until(() -> mongo.findById(key,
                    nl.talentcharter.partnergateway.persistence.DeliveryDocument.class).getStatus()
                    == nl.talentcharter.partnergateway.persistence.DeliveryDocument.Status.DELIVERED);
        });
    }

    @Test
    void aDeliveryThatKeepsFailingBecomesADeadLetterAndIsRedeliveredOnRequest() {
        subscribed(s -> {
            s.receiver().answer(500);
            String id = s.cancelled(1);

            JsonNode deadLetter = await("dead letter").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> deadLetterOf(s.id(), id), letter -> letter != null);
            assertThat(deadLetter.path("attempts").asInt()).isGreaterThan(1);
            assertThat(deadLetter.path("lastError").asString()).contains("500");
            get("/subscriptions/" + s.id() + "/dead-letters", TestTokens.partner("zuyd", "events.read"))
                    .isProblem(404, "subscription-not-found");

            s.receiver().answer(204);
            Reply redeliver = post("/subscriptions/" + s.id() + "/redeliver", TestTokens.operator(), null);
            assertThat(redeliver.status()).as(redeliver.body()).isEqualTo(202);

            assertThat(s.awaitAccepted(1)).extracting(WebhookReceiver.Received::ceId)
                    .containsExactly(id);
            await("dead letters emptied").atMost(EVENT_TIMEOUT).until(() -> deadLetterOf(s.id(), id) == null);
        });
    }

    private JsonNode deadLetterOf(String subscription, String eventId) {
        for (JsonNode letter : get("/subscriptions/" + subscription + "/dead-letters", TOKEN).json()) {
            if (eventId.equals(letter.path("eventId").asString())) {
                return letter;
            }
        }
        return null;
    }

    /** The accepted deliveries about one gathering, once {@code count} distinct ones arrived. */
    private static List<WebhookReceiver.Received> awaitAccepted(WebhookReceiver receiver, String gathering, int count) {
        await("deliveries about " + gathering).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> about(receiver, gathering).stream().map(WebhookReceiver.Received::ceId).distinct().count() >= count);
        return about(receiver, gathering);
    }

    private static List<WebhookReceiver.Received> about(WebhookReceiver receiver, String gathering) {
        return receiver.accepted().stream()
                .filter(r -> gathering.equals(JSON.readTree(r.body()).path("eventId").asString())).toList();
    }
}
