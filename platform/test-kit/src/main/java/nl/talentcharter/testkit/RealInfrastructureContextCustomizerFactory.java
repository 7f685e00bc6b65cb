package nl.talentcharter.testkit;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Wires {@link RealInfrastructure} test classes to the shared broker, store and token key. */
public class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        boolean wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(RealInfrastructure.class);
        return wanted ? new Customizer() : null;
    }

    /** All instances are equal, so the customizer never splits Spring's context cache. */
    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            // Called once per context actually built, so a fresh database here isolates contexts
            // without defeating the cache.
            TestInfrastructure infra = TestInfrastructure.get();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("talentcharter-test-kit",
                    InfrastructureProperties.forServices(infra.kafkaBootstrapServers(),
                            infra.mongoUri(TestInfrastructure.freshDatabaseName()),
                            TestTokens.publicKeyLocation())));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
