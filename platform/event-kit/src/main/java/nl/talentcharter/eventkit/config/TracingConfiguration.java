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
 * up per call, so this does not depend on the order in which tracing is auto-configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(Tracer.class)
class TracingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TraceparentSource tracingTraceparentSource(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return () -> {
            Tracer t = tracer.getIfAvailable();
            Propagator p = propagator.getIfAvailable();
            return t == null || p == null ? Optional.empty() : new TracingTraceparentSource(t, p).current();
        };
    }
}
