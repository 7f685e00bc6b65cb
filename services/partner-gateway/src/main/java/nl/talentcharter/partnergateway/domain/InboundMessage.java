package nl.talentcharter.partnergateway.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A CloudEvent as a partner sent it, before any check: every attribute may be missing or wrong.
 *
 * @param subject    what the partner put in {@code subject}, or null; the gateway derives it from the payload
 * @param time       the partner's {@code time}, or null
 * @param dataschema the partner's {@code dataschema}, or null
 */
public record InboundMessage(String id, String source, String type, String subject, Instant time, String dataschema,
                             String dataContentType, byte[] data) {

    public InboundMessage {
        data = data == null ? new byte[0] : data;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InboundMessage that && Objects.equals(id, that.id) && Objects.equals(source, that.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, source);
    }

    @Override
    public String toString() {
        return "InboundMessage[" + source + " " + id + " " + type + "]";
    }
}
