package nl.talentcharter.monitoring.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The event ids behind one figure. Sorting them dominated the announcer's refresh, which publishes the figure
 * only: {@link #NOT_COLLECTED} lets the same computation skip them, so both ways give the same figure.
 */
final class Evidence {

    static final Evidence NOT_COLLECTED = new Evidence(null);

    private final List<String> ids;

    private Evidence(List<String> ids) {
        this.ids = ids;
    }

    static Evidence collected() {
        return new Evidence(new ArrayList<>());
    }

    void add(Fact fact) {
        if (ids != null) {
            ids.add(fact.eventId());
        }
    }

    void addAll(Collection<String> eventIds) {
        if (ids != null) {
            ids.addAll(eventIds);
        }
    }

    List<String> sorted() {
        return ids == null ? List.of() : ids.stream().sorted().toList();
    }

    List<String> distinctSorted() {
        return ids == null ? List.of() : ids.stream().distinct().sorted().toList();
    }
}
