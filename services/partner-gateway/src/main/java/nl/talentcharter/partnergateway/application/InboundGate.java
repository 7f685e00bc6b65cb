package nl.talentcharter.partnergateway.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.talentcharter.contracts.EventCatalog;
import nl.talentcharter.contracts.EventSchemas;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.partnergateway.domain.InboundMessage;
import nl.talentcharter.partnergateway.domain.MessageRejected;
import nl.talentcharter.partnergateway.domain.PartnerId;
import nl.talentcharter.partnergateway.domain.PayloadRules;
import nl.talentcharter.partnergateway.domain.Rejection;
import nl.talentcharter.partnergateway.domain.SubjectOf;
import nl.talentcharter.partnergateway.messaging.InboundRelay;
import nl.talentcharter.partnergateway.persistence.AcceptedMessageDocument;
import nl.talentcharter.partnergateway.persistence.AcceptedMessages;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one pipeline every partner message goes through, by HTTP or from the partner's raw topic: well-formed ->
 * known partner type -> the partner's own source -> allowed for this partner -> valid against its schema ->
 * new (source + id). Only then is it stored, in one insert that is also the dedup record and the relay's queue.
 * A refusal throws {@link MessageRejected} and changes nothing.
 */
@Service
public class InboundGate {

    private final AcceptedMessages messages;
    private final InboundRelay relay;
    private final JsonMapper json;
    private final Clock clock;
    private final GatewayMetrics metrics;

    public InboundGate(AcceptedMessages messages, InboundRelay relay, JsonMapper json, Clock clock,
            GatewayMetrics metrics) {
        this.messages = messages;
        this.relay = relay;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * @param mayPublish whether this partner may publish the type (by HTTP: the token's scopes; on the raw topic:
     *                   the gateway's configuration)
     * @param via        {@code http} or {@code kafka}, kept for operators
     */
    public Accepted accept(PartnerId partner, Predicate<EventType<?>> mayPublish, InboundMessage message, String via) {
        try {
            Accepted accepted = check(partner, mayPublish, message, via);
            metrics.inbound(partner.value(), "accepted", via);
            return accepted;
        } catch (MessageRejected rejected) {
            metrics.inbound(partner.value(), rejected.reason().slug(), via);
            throw rejected;
        }
    }

    private Accepted check(PartnerId partner, Predicate<EventType<?>> mayPublish, InboundMessage message, String via) {
        if (blank(message.id()) || blank(message.source()) || blank(message.type())) {
            throw new MessageRejected(Rejection.MALFORMED, "a CloudEvent needs id, source and type");
        }
        EventType<?> type = EventCatalog.byType(message.type()).filter(EventType::publishedByPartners)
                .orElseThrow(() -> new MessageRejected(Rejection.UNKNOWN_TYPE, "'" + message.type()
                        + "' is not an event type partners publish; see /contracts/asyncapi.yaml"));
        if (!partner.source().equals(message.source())) {
            throw new MessageRejected(Rejection.FOREIGN_SOURCE, "partner " + partner + " publishes as source "
                    + partner.source() + ", not " + message.source());
        }
        if (!mayPublish.test(type)) {
            throw new MessageRejected(Rejection.NOT_ALLOWED, "partner " + partner + " may not publish " + type.type());
        }
        JsonNode payload = validPayload(type, message);
        String subject = payload.path(SubjectOf.property(type)).asString();
        if (message.subject() != null && !message.subject().equals(subject)) {
            throw new MessageRejected(Rejection.INVALID, "the subject is the " + SubjectOf.property(type)
                    + " of the payload", List.of("subject: must be " + subject + ", not " + message.subject()), null);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant time = message.time() == null ? now : message.time().truncatedTo(ChronoUnit.MILLIS);
        AcceptedMessageDocument document = new AcceptedMessageDocument(partner.value(), message.id(), message.source(),
                type.type(), subject, time, type.schemaId(), new String(message.data(), StandardCharsets.UTF_8), via, now);
        Optional<AcceptedMessageDocument> original = messages.insertOrFindOriginal(document);
        if (original.isPresent()) {
            throw new MessageRejected(Rejection.DUPLICATE, "message " + message.id() + " of " + message.source()
                    + " was accepted before, at " + original.get().getAcceptedAt(), List.of(),
                    original.get().getAcceptedAt());
        }
        relay.wake();
        return new Accepted(message.id(), message.source(), type.type(), subject, now);
    }

    private JsonNode validPayload(EventType<?> type, InboundMessage message) {
        if (message.dataschema() != null && !message.dataschema().equals(type.schemaId())) {
            throw invalid(List.of("dataschema: must be " + type.schemaId() + " or left out, not " + message.dataschema()));
        }
        if (message.dataContentType() != null && !message.dataContentType().startsWith("application/json")) {
            throw invalid(List.of("datacontenttype: must be application/json, not " + message.dataContentType()));
        }
        List<String> violations = EventSchemas.violations(type.type(), message.data());
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        try {
            List<String> broken = PayloadRules.violations(json.readValue(message.data(), type.payloadType()));
            if (!broken.isEmpty()) {
                throw invalid(broken);
            }
            return json.readTree(message.data());
        } catch (JacksonException e) {
            throw invalid(List.of("$: " + e.getOriginalMessage()));
        }
    }

    private static MessageRejected invalid(List<String> violations) {
        return new MessageRejected(Rejection.INVALID, "the message does not match its contract: "
                + String.join("; ", violations), violations, null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** What the partner is told: its message is in and will reach the owning service. */
    public record Accepted(String id, String source, String type, String subject, Instant acceptedAt) {
    }
}
