package nl.talentcharter.eventkit.deadletter;

/**
 * Headers the kit adds to every dead letter, next to the original record's headers (kept as they were,
 * so a re-drive republishes the original CloudEvent) and spring-kafka's own {@code kafka_dlt-*} headers.
 */
public final class DeadLetterHeaders {

    /** {@code not-json}, {@code missing-attribute}, {@code malformed-attribute}, {@code schema-violation},
     *  or {@code processing-failed} (a transient failure that outlasted its retries). */
    public static final String REASON = "x-dead-letter-reason";
    public static final String DETAIL = "x-dead-letter-detail";
    public static final String ORIGINAL_TOPIC = "x-original-topic";
    public static final String ORIGINAL_PARTITION = "x-original-partition";
    public static final String ORIGINAL_OFFSET = "x-original-offset";
    public static final String EXCEPTION_CLASS = "x-exception-class";
    public static final String DEAD_LETTERED_AT = "x-dead-lettered-at";
    /** Set on a re-driven record: the dead letter it came from ({@code topic/partition/offset}). */
    public static final String REDRIVEN_FROM = "x-redriven-from";

    public static final String PROCESSING_FAILED = "processing-failed";

    private DeadLetterHeaders() {
    }
}
