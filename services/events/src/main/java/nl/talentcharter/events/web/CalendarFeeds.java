package nl.talentcharter.events.web;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.talentcharter.events.domain.Gathering;
import nl.talentcharter.events.domain.Schedule;

/**
 * iCalendar (RFC 5545) with ical4j (ADR 0073): one VEVENT per gathering in Europe/Amsterdam time, a reminder
 * (VALARM) a day and an hour before, cancelled gatherings as STATUS:CANCELLED so calendars remove them.
 */
final class CalendarFeeds {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private CalendarFeeds() {
    }

    static String of(List<Gathering> gatherings) {
        Calendar calendar = new Calendar()
                .withProdId(new ProdId("-//Talent Charter Limburg//events//EN").getValue())
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .getFluentTarget();
        for (Gathering gathering : gatherings) {
            calendar.add(event(gathering));
        }
        return calendar.toString();
    }

    private static VEvent event(Gathering g) {
        VEvent event = new VEvent(ZonedDateTime.ofInstant(g.schedule().startsAt(), Schedule.ZONE),
                ZonedDateTime.ofInstant(g.schedule().endsAt(), Schedule.ZONE), g.title());
        event.add(new Uid(g.id().value() + "@events.talentcharter.nl"));
        String where = g.placeName() != null ? g.placeName() : g.onlineLink();
        event.add(new Location(where));
        if (g.onlineLink() != null) {
            event.add(new Description("Online: " + g.onlineLink()));
        }
        if (g.isCancelled()) {
            event.add(new Status(Status.VALUE_CANCELLED));
        } else {
            event.add(new Status(Status.VALUE_CONFIRMED));
        }
        event.add(alarm(Duration.ofDays(-1), g.title() + " tomorrow"));
        event.add(alarm(Duration.ofHours(-1), g.title() + " in one hour"));
        return event;
    }

    private static VAlarm alarm(Duration before, String text) {
        VAlarm alarm = new VAlarm(before);
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(text));
        return alarm;
    }
}
