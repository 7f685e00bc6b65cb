package nl.talentcharter.monitoring.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.bson.Document;

/** One event behind a figure, with where it sits on Kafka so it can be read back from the topic. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TraceEvent(String id, String type, String subject, Long sequence, String memberId, String on,
        String topic, Integer partition, Long offset) {

    static TraceEvent of(Document d) {
        Number sequence = d.get("sequence", Number.class);
        Number partition = d.get("partition", Number.class);
        Number offset = d.get("offset", Number.class);
        return new TraceEvent(d.getString("_id"), d.getString("type"), d.getString("subject"),
                sequence == null ? null : sequence.longValue(), d.getString("memberId"), d.getString("on"),
                d.getString("topic"), partition == null ? null : partition.intValue(),
                offset == null ? null : offset.longValue());
    }
}
