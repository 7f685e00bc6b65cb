package nl.talentcharter.partnergateway.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.talentcharter.partnergateway.application.WebhookSubscriptions;
import nl.talentcharter.partnergateway.application.WebhookSubscriptions.Requester;
import nl.talentcharter.partnergateway.persistence.DeliveryDocument;
import nl.talentcharter.partnergateway.persistence.SubscriptionDocument;
import nl.talentcharter.servicekit.security.Caller;
import nl.talentcharter.servicekit.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscriptions: a partner subscribes to event types it may read and manages its own; operators see and
 * manage all (list, dead letters, redelivery). The secret is returned once, on creation.
 */
@RestController
class SubscriptionsController {

    private final WebhookSubscriptions subscriptions;

    SubscriptionsController(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    record SubscribeBody(List<String> eventTypes, String url, String secret) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SubscriptionView(String id, String partnerId, List<String> eventTypes, String url, Instant createdAt,
                            String secret) {

        static SubscriptionView of(SubscriptionDocument s, boolean withSecret) {
            return new SubscriptionView(s.getId(), s.getPartnerId(), s.getEventTypes(), s.getUrl(), s.getCreatedAt(),
                    withSecret ? s.getSecret() : null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeadLetterView(String eventId, String type, String subject, int attempts, Instant firstAttemptAt,
                          Instant deadLetteredAt, String lastError) {

        static DeadLetterView of(DeliveryDocument d) {
            return new DeadLetterView(d.getEventId(), d.getType(), d.getSubject(), d.getAttempts(), d.getFirstAttemptAt(),
                    d.getDeadLetteredAt(), d.getLastError());
        }
    }

    @PostMapping("/subscriptions")
    ResponseEntity<SubscriptionView> subscribe(Caller caller, @RequestBody SubscribeBody body) {
        Partners.requirePartner(caller);
        SubscriptionDocument created = subscriptions.subscribe(Partners.of(caller), caller.scopes(), body.eventTypes(),
                body.url(), body.secret());
        return ResponseEntity.created(URI.create("/subscriptions/" + created.getId()))
                .body(SubscriptionView.of(created, true));
    }

    @GetMapping("/subscriptions")
    List<SubscriptionView> list(Caller caller) {
        return subscriptions.list(requester(caller)).stream().map(s -> SubscriptionView.of(s, false)).toList();
    }

    @GetMapping("/subscriptions/{id}")
    SubscriptionView get(Caller caller, @PathVariable String id) {
        return SubscriptionView.of(subscriptions.get(requester(caller), id), false);
    }

    @DeleteMapping("/subscriptions/{id}")
    ResponseEntity<Void> unsubscribe(Caller caller, @PathVariable String id) {
        subscriptions.unsubscribe(requester(caller), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/subscriptions/{id}/dead-letters")
    List<DeadLetterView> deadLetters(Caller caller, @PathVariable String id) {
        return subscriptions.deadLetters(requester(caller), id).stream().map(DeadLetterView::of).toList();
    }

    @PostMapping("/subscriptions/{id}/redeliver")
    ResponseEntity<Map<String, Long>> redeliver(Caller caller, @PathVariable String id) {
        long count = subscriptions.redeliver(requester(caller), id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("redelivering", count));
    }

    private static Requester requester(Caller caller) {
        if (caller.isOperator()) {
            return new Requester(null, caller.scopes(), true);
        }
        if (!caller.hasRole(Role.PARTNER)) {
            throw new AccessDeniedException(caller.subject() + " is neither a partner nor an operator");
        }
        return new Requester(Partners.of(caller), caller.scopes(), false);
    }
}
