package nl.talentcharter.eventkit.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small service that uses the event-kit the way a real one does: aggregate, command path, consumer. */
@SpringBootApplication
public class LedgerTestApplication {
}
