package nl.talentcharter.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.talentcharter.contracts.events.EventsEvents;
import nl.talentcharter.contracts.hrscans.HrScanEvents;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.monitoring.MonitoringEvents;
import nl.talentcharter.contracts.partners.PartnerEvents;
import nl.talentcharter.contracts.pools.PoolEvents;
import nl.talentcharter.contracts.sprints.SprintEvents;

/**
 * Every event type the platform publishes, at every major version still on the wire. A type that is not
 * here has no schema and no AsyncAPI message, and consumers reject it. It includes the types partner systems
 * publish through the partner gateway ({@link EventType#publishedByPartners()}).
 */
public final class EventCatalog {

    private static final List<EventType<?>> ALL = Stream.of(MemberEvents.all(), HrScanEvents.all(), EventsEvents.all(),
                    SprintEvents.all(), PoolEvents.all(), MonitoringEvents.all(), PartnerEvents.all())
            .flatMap(List::stream)
            .toList();

    private static final Map<String, EventType<?>> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private EventCatalog() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    /** The event type with this CloudEvents {@code type}, e.g. {@code nl.talentcharter.members.member-joined.v1}. */
    public static Optional<EventType<?>> byType(String ceType) {
        return Optional.ofNullable(ceType).map(BY_TYPE::get);
    }

    /** The event types published on one topic. */
    public static List<EventType<?>> onTopic(String topic) {
        return ALL.stream().filter(type -> type.topic().equals(topic)).toList();
    }
}
