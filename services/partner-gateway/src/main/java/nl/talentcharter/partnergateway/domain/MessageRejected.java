package nl.talentcharter.partnergateway.domain;

import java.time.Instant;
import java.util.List;

/**
 * A partner message was refused; nothing was stored or relayed.
 *
 * @param violations one line per schema violation (JSON path first), for {@link Rejection#INVALID}
 * @param acceptedAt when the original was accepted, for {@link Rejection#DUPLICATE}
 */
public class MessageRejected extends RuntimeException {

    private final Rejection reason;
    private final List<String> violations;
    private final Instant acceptedAt;

    public MessageRejected(Rejection reason, String detail) {
        this(reason, detail, List.of(), null);
    }

    public MessageRejected(Rejection reason, String detail, List<String> violations, Instant acceptedAt) {
        super(detail);
        this.reason = reason;
        this.violations = List.copyOf(violations);
        this.acceptedAt = acceptedAt;
    }

    public Rejection reason() {
        return reason;
    }

    public List<String> violations() {
        return violations;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }
}
