package nl.talentcharter.examples.partnerconsumer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The CloudEvents attributes of a record (Kafka protocol binding, binary mode: {@code ce_<attribute>}
 * headers, UTF-8). Headers this consumer does not know, such as {@code traceparent}, are ignored.
 */
record CloudEventHeaders(String specVersion, String id, String source, String type, String subject, String time,
        String dataSchema, String sequence, String contentType) {

    static CloudEventHeaders of(Headers headers) {
        return new CloudEventHeaders(text(headers, "ce_specversion"), text(headers, "ce_id"),
                text(headers, "ce_source"), text(headers, "ce_type"), text(headers, "ce_subject"),
                text(headers, "ce_time"), text(headers, "ce_dataschema"), text(headers, "ce_sequence"),
                text(headers, "content-type"));
    }

    /** What keeps the record from being validated; empty when it can be. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!"1.0".equals(specVersion)) {
            problems.add("ce_specversion: expected 1.0 but was " + specVersion);
        }
        requirePresent(problems, "ce_id", id);
        requirePresent(problems, "ce_source", source);
        requirePresent(problems, "ce_type", type);
        requirePresent(problems, "ce_dataschema", dataSchema);
        if (dataSchema != null && !SchemaCatalog.isContractSchema(dataSchema)) {
            problems.add("ce_dataschema: " + dataSchema + " is not below " + SchemaCatalog.ID_PREFIX);
        }
        if (contentType != null && !contentType.startsWith("application/json")) {
            problems.add("content-type: expected application/json but was " + contentType);
        }
        return problems;
    }

    private static void requirePresent(List<String> problems, String header, String value) {
        if (value == null || value.isBlank()) {
            problems.add(header + ": missing");
        }
    }

    private static String text(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
