package nl.talentcharter.partnergateway.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.partnergateway.domain.PartnerId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Partners that publish on their own raw topic {@code talentcharter.partners.inbound.<partnerId>} (which Kafka
 * ACLs let only them write, deploy/kafka/partners.txt), with the event types each may publish there. There is no
 * token on that path, so this list plays the part of the {@code partners.<event>.write} scopes.
 */
@ConfigurationProperties("gateway")
public record KafkaPartners(Map<String, List<String>> kafkaPartners) {

    public KafkaPartners {
        kafkaPartners = kafkaPartners == null ? Map.of() : new TreeMap<>(kafkaPartners);
        kafkaPartners.keySet().forEach(PartnerId::new);
    }

    public static String rawTopic(PartnerId partner) {
        return Topics.PARTNERS_INBOUND + "." + partner.value();
    }

    public List<String> rawTopics() {
        return kafkaPartners.keySet().stream().map(id -> rawTopic(new PartnerId(id))).toList();
    }

    /** The partner whose raw topic this is. */
    public PartnerId partnerOf(String rawTopic) {
        return new PartnerId(rawTopic.substring(Topics.PARTNERS_INBOUND.length() + 1));
    }

    public boolean mayPublish(PartnerId partner, EventType<?> type) {
        Set<String> allowed = kafkaPartners.getOrDefault(partner.value(), List.of()).stream().collect(Collectors.toSet());
        return allowed.contains(type.type());
    }
}
