package nl.talentcharter.eventkit.cloudevents;

/** Kafka header names of CloudEvents binary content mode, as docs/conventions.md fixes them. */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String DATASCHEMA = "ce_dataschema";
    public static final String SPECVERSION = "ce_specversion";
    public static final String SEQUENCE = "ce_sequence";
    public static final String CE_TRACEPARENT = "ce_traceparent";
    public static final String CONTENT_TYPE = "content-type";
    /** W3C trace context, read by Micrometer's propagators. */
    public static final String TRACEPARENT = "traceparent";

    public static final String JSON = "application/json";
    public static final String SPEC_1_0 = "1.0";

    private CloudEventHeaders() {
    }
}
