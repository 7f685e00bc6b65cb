package nl.talentcharter.eventkit.config;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.Optional;
import nl.talentcharter.eventkit.outbox.TraceparentSource;
import nl.talentcharter.eventkit.outbox.TracingTraceparentSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Captures trace context into recorded events where Micrometer Tracing is present. The tracer is looked
 * up on first use, not at wiring, so this does not depend on the order in which tracing is auto-configured;
 * once found it is kept (a bean lookup per recorded event cost the KPI announcer a tenth of its time).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(Tracer.class)
class TracingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TraceparentSource tracingTraceparentSource(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new LookedUpOnce(tracer, propagator);
    }

    private static final class LookedUpOnce implements TraceparentSource {

        private final ObjectProvider<Tracer> tracer;
        private final ObjectProvider<Propagator> propagator;
        private volatile TracingTraceparentSource found;

        LookedUpOnce(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
            this.tracer = tracer;
            this.propagator = propagator;
        }

        @Override
        public Optional<String> current() {
            TracingTraceparentSource source = found;
            if (source == null) {
                Tracer t = tracer.getIfAvailable();
                Propagator p = propagator.getIfAvailable();
                if (t == null || p == null) {
                    return Optional.empty();
                }
                source = new TracingTraceparentSource(t, p);
                found = source;
            }
            return source.current();
        }
    }
}
