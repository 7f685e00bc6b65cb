package nl.talentcharter.events.domain;

import java.util.UUID;

/** Id of a gathering: the CloudEvents subject and Kafka key of its events (the contract's {@code eventId}). */
public record GatheringId(String value) {

    public GatheringId {
        try {
            value = UUID.fromString(value).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnknownGathering(value);
        }
    }

    public static GatheringId random() {
        return new GatheringId(UUID.randomUUID().toString());
    }
}
