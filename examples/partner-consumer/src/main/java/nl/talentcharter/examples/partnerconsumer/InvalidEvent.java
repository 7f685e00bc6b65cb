package nl.talentcharter.examples.partnerconsumer;

import java.util.List;

/**
 * A record that is not a valid event of the contract: missing CloudEvents headers, a payload that is not
 * JSON, or a payload that fails its schema. It is reported, never handed to the handler.
 *
 * @param id       {@code ce_id} if the record had one
 * @param type     {@code ce_type} if the record had one
 * @param problems one readable line per problem, JSON path first for schema violations
 */
public record InvalidEvent(RecordPosition position, String id, String type, List<String> problems) {

    public InvalidEvent {
        problems = List.copyOf(problems);
    }
}
