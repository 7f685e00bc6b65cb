package nl.talentcharter.eventkit;

import nl.talentcharter.eventkit.testapp.LedgerTestApplication;
import nl.talentcharter.testkit.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

/** The one shared Spring context of the module's integration tests: same configuration, cached once. */
@SpringBootTest(classes = LedgerTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
abstract class EventKitIntegrationTest {
}
