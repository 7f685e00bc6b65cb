package nl.talentcharter.eventkit.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the W3C {@code traceparent} of Micrometer Tracing's current span through its propagator. */
public class TracingTraceparentSource implements TraceparentSource {

    private final Tracer tracer;
    private final Propagator propagator;

    public TracingTraceparentSource(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Optional<String> current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return Optional.ofNullable(carrier.get("traceparent"));
    }
}
