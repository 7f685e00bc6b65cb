package nl.talentcharter.partnergateway.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.talentcharter.contracts.EventCatalog;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.partnergateway.domain.InvalidSubscription;
import nl.talentcharter.partnergateway.domain.PartnerId;
import nl.talentcharter.partnergateway.domain.Scopes;
import nl.talentcharter.partnergateway.domain.UnknownSubscription;
import nl.talentcharter.partnergateway.domain.WebhookTarget;
import nl.talentcharter.partnergateway.persistence.Deliveries;
import nl.talentcharter.partnergateway.persistence.DeliveryDocument;
import nl.talentcharter.partnergateway.persistence.SubscriptionDocument;
import nl.talentcharter.partnergateway.persistence.Subscriptions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Partners subscribe to event types of the topics their scopes let them read; each sees and manages only its own
 * subscriptions, operators all of them. Someone else's subscription answers as unknown, so ids cannot be probed.
 */
@Service
public class WebhookSubscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MIN_SECRET_LENGTH = 16;

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Clock clock;
    private final WebhookProperties properties;

    public WebhookSubscriptions(Subscriptions subscriptions, Deliveries deliveries, Clock clock,
            WebhookProperties properties) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.clock = clock;
        this.properties = properties;
    }

    /** Who asks: a partner (with its scopes) or an operator (partner empty). */
    public record Requester(PartnerId partner, Set<String> scopes, boolean operator) {

        boolean mayManage(SubscriptionDocument subscription) {
            return operator || (partner != null && partner.value().equals(subscription.getPartnerId()));
        }
    }

    public SubscriptionDocument subscribe(PartnerId partner, Set<String> scopes, List<String> eventTypes, String url,
            String secret) {
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw new InvalidSubscription("eventTypes", "name at least one event type");
        }
        Set<String> types = new LinkedHashSet<>();
        for (String ceType : eventTypes) {
            EventType<?> type = EventCatalog.byType(ceType).filter(t -> !t.publishedByPartners())
                    .orElseThrow(() -> new InvalidSubscription("eventTypes", "'" + ceType
                            + "' is not an event type of a public topic; see /contracts/asyncapi.yaml"));
            if (!Scopes.mayRead(scopes, type)) {
                throw new AccessDeniedException("partner " + partner + " may not read " + type.topic() + " (scope "
                        + Scopes.toRead(type.topic()) + ")");
            }
            types.add(ceType);
        }
        String target = WebhookTarget.check(url, properties.requireHttps(), properties.allowPrivateAddresses());
        String key = secret == null ? newSecret() : validSecret(secret);
        SubscriptionDocument subscription = new SubscriptionDocument(UUID.randomUUID().toString(), partner.value(),
                List.copyOf(types), target, key, clock.instant());
        subscriptions.insert(subscription);
        return subscription;
    }

    public List<SubscriptionDocument> list(Requester requester) {
        return requester.operator() ? subscriptions.all() : subscriptions.ofPartner(requester.partner().value());
    }

    public SubscriptionDocument get(Requester requester, String id) {
        return subscriptions.find(id).filter(requester::mayManage).orElseThrow(() -> new UnknownSubscription(id));
    }

    public void unsubscribe(Requester requester, String id) {
        SubscriptionDocument subscription = get(requester, id);
        subscriptions.delete(subscription.getId());
        deliveries.deleteOf(subscription.getId());
    }

    public List<DeliveryDocument> deadLetters(Requester requester, String id) {
        return deliveries.deadLetters(get(requester, id).getId());
    }

    /** Puts the subscription's dead letters back in line; returns how many. */
    public long redeliver(Requester requester, String id) {
        return deliveries.redeliver(get(requester, id).getId(), clock.instant());
    }

    private static String validSecret(String secret) {
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new InvalidSubscription("secret", "a secret has at least " + MIN_SECRET_LENGTH
                    + " characters; leave it out and the gateway makes one");
        }
        return secret;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
