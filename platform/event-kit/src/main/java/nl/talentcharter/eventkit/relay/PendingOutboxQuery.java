package nl.talentcharter.eventkit.relay;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.List;
import nl.talentcharter.eventkit.outbox.Outbox;
import org.bson.conversions.Bson;

/** The raw MongoDB statements the relay uses on any outbox carrier collection. */
final class PendingOutboxQuery {

    static final String ENTRIES = Outbox.FIELD + ".entries";

    private PendingOutboxQuery() {
    }

    /** Documents with at least one pending entry; checked against the embedded store by a test. */
    static Bson filter() {
        return Filters.exists(ENTRIES + ".0");
    }

    /**
     * Removes exactly the published entries. A {@code $pull} by event id, not a rewrite of the list, so
     * entries a concurrent save appended meanwhile survive.
     */
    static Bson pull(List<String> eventIds) {
        return Updates.pull(ENTRIES, Filters.in("eventId", eventIds));
    }

    /** Removes every entry up to and including {@code sequence}: all of them were published. */
    static Bson pullUpTo(long sequence) {
        return Updates.pull(ENTRIES, Filters.lte("sequence", sequence));
    }
}
