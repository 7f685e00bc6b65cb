package nl.talentcharter.monitoring.web;

import java.util.List;
import nl.talentcharter.monitoring.persistence.FactLog;
import nl.talentcharter.servicekit.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A member's history across all services, for operators and for the member organisation itself. */
@RestController
public class TimelineController {

    private final FactLog facts;

    public TimelineController(FactLog facts) {
        this.facts = facts;
    }

    @GetMapping("/members/{memberId}/timeline")
    public List<TraceEvent> timeline(@PathVariable String memberId, Caller caller) {
        caller.requireAccessToMember(memberId);
        return facts.ofMember(memberId).stream().map(TraceEvent::of).toList();
    }
}
