package nl.talentcharter.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a Spring test context on the JVM's shared real Kafka broker and MongoDB store
 * ({@link TestInfrastructure}) and makes it accept tokens from {@link TestTokens}.
 *
 * <p>Every Spring context built for such a test gets a database of its own, so contexts never see
 * each other's data, while test classes with the same configuration still share one cached context.
 * Consumer groups and topics stay the test's business: use unique ids per test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {
}
