package nl.talentcharter.partnergateway.domain;

/** Why the gateway refuses a partner message; each maps to one problem type. */
public enum Rejection {
    /** Not a CloudEvent at all, or an attribute missing. */
    MALFORMED("malformed-cloud-event"),
    /** A type that is not a partner event type of the catalog. */
    UNKNOWN_TYPE("unknown-event-type"),
    /** The source is not the partner's own. */
    FOREIGN_SOURCE("foreign-source"),
    /** The partner lacks the scope for this type. */
    NOT_ALLOWED("access-denied"),
    /** The payload breaks the type's JSON Schema (or a rule across its fields). */
    INVALID("schema-violation"),
    /** The same source and id were accepted before. */
    DUPLICATE("duplicate-event");

    private final String slug;

    Rejection(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
