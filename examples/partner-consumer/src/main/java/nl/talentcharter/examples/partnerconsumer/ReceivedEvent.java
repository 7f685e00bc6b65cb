package nl.talentcharter.examples.partnerconsumer;

import tools.jackson.databind.JsonNode;

/**
 * One CloudEvent as it arrived on a public topic (Kafka binary content mode: the attributes in {@code ce_*}
 * headers, the payload JSON as the record's value), after its payload passed its JSON Schema.
 *
 * @param id         {@code ce_id}: unique per event; a handler that must act once deduplicates on it
 * @param source     {@code ce_source}, e.g. {@code /talentcharter/members}
 * @param type       {@code ce_type}, e.g. {@code nl.talentcharter.members.member-joined.v1}
 * @param subject    {@code ce_subject}: the aggregate (a member, a pool, ...), also the record key; may be null
 * @param time       {@code ce_time} as sent (RFC 3339); may be null
 * @param dataSchema {@code ce_dataschema}: the JSON Schema's {@code $id} the payload was validated against
 * @param sequence   {@code ce_sequence}: per subject, from 1, as a decimal string; may be null
 * @param data       the payload
 * @param position   where it was read, for logs and for finding it again
 */
public record ReceivedEvent(String id, String source, String type, String subject, String time, String dataSchema,
        String sequence, JsonNode data, RecordPosition position) {
}
