package nl.talentcharter.events.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/** The iCalendar output, parsed back with the library. */
class CalendarTest extends EventsIntegrationTest {

    @Test
    void anOpenEventIsAPublicVeventWithRemindersInAmsterdamTime() throws Exception {
        String id = schedule(labourMarketEvent(10, null));
        Reply response = get("/public/events/" + id + "/calendar.ics", null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/calendar");

        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getUid().orElseThrow().getValue()).startsWith(id);
        assertThat(event.getSummary().orElseThrow().getValue()).startsWith("Arbeidsmarktevent");
        assertThat(event.getLocation().orElseThrow().getValue()).isEqualTo("Venlo");
        assertThat(event.getDateTimeStart().orElseThrow().getValue()).endsWith("T140000");
        assertThat(event.getDateTimeStart().orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Amsterdam");
        List<VAlarm> alarms = event.getAlarms();
        assertThat(alarms).hasSize(2);
        assertThat(alarms).allSatisfy(alarm -> assertThat(alarm.getAction().orElseThrow().getValue()).isEqualTo("DISPLAY"));
    }

    @Test
    void membersOnlyEventsAreInTheMembersFeedButNotPublic() throws Exception {
        String id = schedule(labourMarketEvent(10, null).replace("\"OPEN\"", "\"MEMBERS_ONLY\""));
        get("/public/events/" + id + "/calendar.ics", null).isProblem(404, "event-not-found");
        get("/calendar/members.ics", null).isProblem(401, "unauthenticated");

        Reply feed = get("/calendar/members.ics", TestTokens.member("m-1"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(calendar.<VEvent>getComponents("VEVENT"))
                .anySatisfy(e -> assertThat(e.getUid().orElseThrow().getValue()).startsWith(id));
        Calendar open = new CalendarBuilder().build(new StringReader(get("/public/calendar/open.ics", null).body()));
        assertThat(open.<VEvent>getComponents("VEVENT"))
                .noneSatisfy(e -> assertThat(e.getUid().orElseThrow().getValue()).startsWith(id));
    }
}
