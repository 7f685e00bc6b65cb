package nl.talentcharter.events;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The events service: labour-market events, governance meetings and work visits. In code the thing on
 * the calendar is a {@code Gathering}; "event" means a CloudEvent, except in the public contract and API
 * paths, which keep the plan's word ({@code /events}, {@code eventId}, {@code EventScheduled}).
 */
@SpringBootApplication
public class EventsApplication {

    public static void main(String[] args) {
        SpringApplication.run(EventsApplication.class, args);
    }
}
