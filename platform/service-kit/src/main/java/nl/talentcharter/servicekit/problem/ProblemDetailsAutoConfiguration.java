package nl.talentcharter.servicekit.problem;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.function.Supplier;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link ProblemDetailsAdvice}. Runs before Boot's MVC configuration so Boot's own
 * {@code ProblemDetailsExceptionHandler} (same base class) backs off instead of competing, and before
 * Boot's error MVC configuration so {@link ProblemErrorController} replaces its {@code BasicErrorController}.
 */
@AutoConfiguration(before = { WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemDetailsAutoConfiguration {

    @Bean
    public ProblemDetailsAdvice problemDetailsAdvice(ObjectProvider<Tracer> tracer) {
        Supplier<String> traceId = () -> {
            Tracer current = tracer.getIfAvailable();
            Span span = current == null ? null : current.currentSpan();
            return span != null ? span.context().traceId() : MDC.get("traceId");
        };
        return new ProblemDetailsAdvice(traceId);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    public ProblemErrorController problemErrorController(ErrorAttributes errorAttributes) {
        return new ProblemErrorController(errorAttributes);
    }
}
