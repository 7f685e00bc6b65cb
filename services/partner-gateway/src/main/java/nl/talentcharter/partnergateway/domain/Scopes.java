package nl.talentcharter.partnergateway.domain;

import java.util.Set;
import nl.talentcharter.contracts.EventType;

/**
 * Which token scope allows what. Reading a public topic needs {@code <service>.read} ({@code members.read} for
 * {@code talentcharter.members}, {@code monitoring.read} for {@code talentcharter.monitoring.kpi}); publishing a
 * partner event type needs {@code partners.<event>.write} ({@code partners.talent-referred.write}).
 */
public final class Scopes {

    private static final String TOPIC_PREFIX = "talentcharter.";

    private Scopes() {
    }

    public static String toPublish(EventType<?> type) {
        return EventType.PARTNER_SERVICE + "." + type.name() + ".write";
    }

    public static String toRead(String topic) {
        if (!topic.startsWith(TOPIC_PREFIX)) {
            throw new IllegalArgumentException("not a platform topic: " + topic);
        }
        String rest = topic.substring(TOPIC_PREFIX.length());
        int dot = rest.indexOf('.');
        return (dot < 0 ? rest : rest.substring(0, dot)) + ".read";
    }

    public static boolean mayRead(Set<String> scopes, EventType<?> type) {
        return !type.publishedByPartners() && scopes.contains(toRead(type.topic()));
    }
}
